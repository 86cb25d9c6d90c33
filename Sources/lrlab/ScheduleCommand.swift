import ArgumentParser
import Foundation
import LRExperiments

extension SchedulePreview.Format: ExpressibleByArgument {}

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

    @Argument(help: "The experiment file.")
    var file: String

    @Option(help: "Number of optimizer updates to show.")
    var steps: Int

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. schedule.max_lr=0.1 (the value is YAML).", valueName: "path=value"))
    var overrides: [String] = []

    @Option(help: "Output format: \(SchedulePreview.Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: SchedulePreview.Format = .csv

    func run() throws {
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        emit(SchedulePreview.command(file: file, steps: steps, overrides: overrides, format: format, colour: colour))
    }
}
