import ArgumentParser
import Foundation
import LRExperiments

/// `lrlab lr-find`: a learning-rate range test on an experiment's model, optimizer and data.
struct LRFindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lr-find",
        abstract: "Run a learning-rate range test (Smith 2017) and suggest rates.",
        discussion: """
            Trains the experiment's model from its initialisation with the rate rising exponentially \
            from --start-lr to --end-lr over --num-steps updates, stops early when the smoothed loss \
            explodes, and prints the valley, steepest and minimum suggestions. Writes curve.csv, \
            lr-find.svg and suggestions.json to --out (default <output.dir>/<name>-lr-find). \
            Exit status: 0 on success, 2 for an invalid file or setting.
            """)

    @Argument(help: "The experiment file.")
    var file: String

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. train.batch_size=32 (the value is YAML).", valueName: "path=value"))
    var overrides: [String] = []

    @Option(name: .customLong("start-lr"), help: "First rate of the test.")
    var startLR: Double = 1e-7

    @Option(name: .customLong("end-lr"), help: "Last rate of the test.")
    var endLR: Double = 10

    @Option(name: .customLong("num-steps"), help: "Number of updates.")
    var numSteps: Int = 100

    @Option(help: "Directory to write the result to.")
    var out: String?

    func run() throws {
        let colour = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        emit(LRFind.command(
            file: file, overrides: overrides, settings: LRFind(startLR: startLR, endLR: endLR, steps: numSteps),
            out: out, colour: colour))
    }
}
