import ArgumentParser
import Foundation
import LRRun

/// `lrlab schedule`: print the learning rate a schedule gives, without training.
struct ScheduleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schedule",
        abstract: "Print an experiment's learning-rate schedule, step by step, without training.",
        discussion: """
            Columns: step (updates from 1), lr, and momentum when the schedule cycles it. \
            Without --steps, each configuration runs its own length (train.steps, or train.epochs \
            times the updates per epoch). A sweep that changes the schedule previews every \
            configuration (first seed; identical previews once): CSV in long form with a leading \
            configuration column holding the report's label, one line per configuration in SVG, \
            one entry per configuration in JSON. annealing, halving and pbt preview the \
            configurations known before training and say on stderr what they cannot show. \
            plateau sees no metric and stays flat; annealing schedules see no loss and show their \
            proposals. Exit status: 0 on success, 2 for an invalid file or schedule.
            """)

    @OptionGroup var experiment: ExperimentFileArguments

    @Option(help: "Number of optimizer updates to show (default: the run's own length).")
    var steps: Int?

    @Option(help: ArgumentHelp("Write the preview to this file instead of standard output.", valueName: "file"))
    var out: String?

    @OptionGroup var output: FormatOption<SchedulePreview.Format>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// The preview in `--format` on stdout (or in `--out`), notes on what cannot be previewed
    /// on stderr; an invalid file's diagnostics as `lrlab validate` prints them, or one
    /// located error for a schedule the engine refuses, exit 2.
    func output(colour: Bool = false) -> CommandOutput {
        do {
            let found = try SchedulePreview.preview(file: experiment.file, steps: steps, overrides: experiment.overrides)
            let text = SchedulePreview.render(found.preview, format: output.format)
            var stderr = Terminal.diagnostics(found.warnings, colour: colour)
            stderr += found.preview.notes.map { "note: \($0)\n" }.joined()
            guard let out else { return CommandOutput(stdout: text, stderr: stderr) }
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                return .failure("cannot write '\(out)': \(error.localizedDescription)", after: found.warnings, colour: colour)
            }
            return CommandOutput(stderr: stderr)
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
