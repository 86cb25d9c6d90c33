/// `lrlab graph FILE [--set k=v]... [--format mermaid|dot|text]`, minus argument parsing:
/// the pipeline graph of the experiment's trials.
public struct GraphCommand: Sendable {
    public var file: String
    public var overrides: [String]
    public var format: GraphFormat
    /// ANSI colour for diagnostics (the executable enables it on a terminal).
    public var colour: Bool

    public init(file: String, overrides: [String] = [], format: GraphFormat = .mermaid, colour: Bool = false) {
        self.file = file
        self.overrides = overrides
        self.format = format
        self.colour = colour
    }

    /// The graph on stdout and warnings on stderr, exit 0; or diagnostics and exit 2.
    public func run() -> CommandOutput {
        let expanded: ExpandedExperiment
        do {
            expanded = try ExpandedExperiment(file: file, overrides: overrides)
        } catch {
            return ExpandedExperiment.failure(error, colour: colour)
        }
        let graph = PipelineGraph(trials: expanded.trials, experiment: expanded.experiment)
        return CommandOutput(stdout: graph.rendered(format),
                             stderr: DiagnosticPrinter(format: .text, colour: colour).render(expanded.warnings))
    }
}
