import ArgumentParser
import Foundation
import LRExperiments

/// `lrlab schedule`: print the learning rate a schedule gives, without training.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print an experiment's learning-rate schedule, step by step, without training.",
        discussion: """
            Columns: step (updates from 1), lr, and momentum when the schedule cycles it. \
            plateau sees no metric and stays flat; annealing sees no loss and shows its proposals. \
            Exit status: 0 on success, 2 for an invalid file or schedule.
            """)

    @OptionGroup var experiment: ExperimentFileArguments

    @Option(help: "Number of optimizer updates to show.")
    var steps: Int

    @OptionGroup var output: FormatOption<SchedulePreview.Format>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// The preview in `--format` on stdout; an invalid file's diagnostics as `lrlab validate`
    /// prints them, or one located error for a schedule the engine refuses, exit 2.
    func output(colour: Bool = false) -> CommandOutput {
        do {
            let preview = try SchedulePreview.curve(file: experiment.file, steps: steps, overrides: experiment.overrides)
            return CommandOutput(
                stdout: SchedulePreview.render(preview.curve, format: output.format),
                stderr: Terminal.diagnostics(preview.warnings, colour: colour))
        } catch {
            switch error {
            case .invalid(let diagnostics):
                return .invalid(diagnostics, colour: colour)
            case .steps(let steps, let warnings):
                return .failure(
                    "'--steps' must be between 1 and \(SchedulePreview.maximumSteps), got \(steps)", after: warnings, colour: colour)
            case .schedule(let error, let warnings):
                return .failure(error, after: warnings, colour: colour)
            }
        }
    }
}
