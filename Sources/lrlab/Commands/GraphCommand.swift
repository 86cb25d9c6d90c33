import ArgumentParser
import LRRun

/// `lrlab graph`: draw the pipeline graph of an experiment.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the pipeline graph of an experiment (data, split, init, train, evaluate, summarise, report).",
        discussion: "Nodes with the same content key are shared: a learning-rate sweep has one data node. "
            + "Exit status: 0 on success, 2 when the file is invalid.")

    @OptionGroup var experiment: ExperimentFileArguments

    @OptionGroup var output: FormatOption<GraphFormat>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// The graph on stdout and warnings on stderr, exit 0; or diagnostics and exit 2.
    func output(colour: Bool = false) -> CommandOutput {
        experiment.planOutput(colour: colour) { $0.graph.rendered(output.format) }
    }
}
