import ArgumentParser
import Foundation
import LRExperiments

extension GraphFormat: ExpressibleByArgument {}

/// `lrlab graph`: draw the pipeline graph of an experiment.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the pipeline graph of an experiment (data, split, init, train, evaluate, summarise, report).",
        discussion: "Nodes with the same content key are shared: a learning-rate sweep has one data node. "
            + "Exit status: 0 on success, 2 when the file is invalid.")

    @Argument(help: "The experiment file.")
    var file: String

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. optimizer.lr=0.01 (the value is YAML).", valueName: "path=value"))
    var overrides: [String] = []

    @Option(help: "Output format: mermaid (a flowchart GitHub renders), dot (Graphviz) or text.")
    var format: GraphFormat = .mermaid

    func run() throws {
        emit(GraphCommand(file: file, overrides: overrides, format: format, colour: stderrColour()).run())
    }
}

/// ANSI colour for diagnostics: only on a terminal, never when NO_COLOR is set (https://no-color.org).
func stderrColour() -> Bool {
    isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}
