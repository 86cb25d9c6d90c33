import ArgumentParser
import LRExperiments

/// `lrlab plan`: list the trials a run would have and which are cached.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the trials of an experiment (id, seed, swept values) and whether each is cached.",
        discussion: "The cache is .lrlab/cache in the current directory. "
            + "Exit status: 0 on success, 2 when the file is invalid.")

    @Argument(help: "The experiment file.")
    var file: String

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. optimizer.lr=0.01 (the value is YAML).", valueName: "path=value"))
    var overrides: [String] = []

    @Flag(help: "Add each trial's full cache key (its directory under .lrlab/cache).")
    var keys = false

    func run() throws {
        emit(PlanCommand(file: file, overrides: overrides, showKeys: keys, colour: stderrColour()).run())
    }
}
