import ArgumentParser
import Foundation
import LRRun

/// `lrlab lr-find`: a learning-rate range test on an experiment's model, optimizer and data.
struct LRFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lr-find",
        abstract: "Run a learning-rate range test (Smith 2017) and suggest rates.",
        discussion: """
            Trains the experiment's model from its initialisation with the rate rising exponentially \
            from --start-lr to --end-lr over --num-steps updates, stops early when the smoothed loss \
            explodes, and prints the valley, steepest and minimum suggestions. Writes curve.csv, \
            lr-find.svg (with its Vega-Lite spec lr-find.vl.json) and suggestions.json to <dir>/<name>-lr-find, where <dir> is --out (default output.dir), as for run. \
            Exit status: 0 on success, 2 for an invalid file or setting.
            """)

    @OptionGroup var experiment: ExperimentFileArguments

    @Option(name: .customLong("start-lr"), help: "First rate of the test.")
    var startLR: Double = 1e-7

    @Option(name: .customLong("end-lr"), help: "Last rate of the test.")
    var endLR: Double = 10

    @Option(name: .customLong("num-steps"), help: "Number of updates.")
    var numSteps: Int = 100

    @Option(help: ArgumentHelp("Directory to write <name>-lr-find into (default: the experiment's output.dir).", valueName: "dir"))
    var out: String?

    @OptionGroup var format: FormatOption<ReportFormat>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// The suggestions, one `name: rate` per line, and where the result went; diagnostics of
    /// an invalid file, a bad setting or a test that cannot run, exit 2; a write failure, exit 1.
    func output(colour: Bool = false) -> CommandOutput {
        let settings = LRFind(startLR: startLR, endLR: endLR, steps: numSteps)
        let report: LRFind.Report
        do {
            report = try settings.run(file: experiment.file, overrides: experiment.overrides, out: out)
        } catch {
            switch error {
            case .invalid(let diagnostics):
                return .invalid(diagnostics, colour: colour)
            case .settings(let problem, let warnings):
                return .failure(problem, after: warnings, colour: colour)
            case .rangeTest(let error, let warnings):
                return .failure(error, after: warnings, colour: colour)
            case .write(let reason, let warnings):
                return .failure(reason, after: warnings, colour: colour, exitCode: ExitStatus.checkFailed)
            }
        }
        var text = "range test: \(report.result.points.count) of \(settings.steps) updates (\(report.result.stop.rawValue))\n"
        for name in LRFind.suggestionNames {
            text += "\(name): \(LRFind.suggestion(name, of: report.result.suggestions).map { $0.description } ?? "none")\n"
        }
        text += "wrote \(report.directory)\n"
        if format.format == .json { text = CommandJSON.lrFind(report, settings: settings) }
        return CommandOutput(stdout: text, stderr: Terminal.diagnostics(report.warnings, colour: colour))
    }
}
