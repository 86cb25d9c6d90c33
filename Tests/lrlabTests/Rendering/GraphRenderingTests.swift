import LRTestSupport
import Testing
@testable import LRConfig
@testable import LRRun
@testable import lrlab
import LRExperimentsTestSupport

/// How `lrlab graph` draws a pipeline graph: Mermaid, DOT and text.
@Suite struct GraphRenderingTests {
    static let lrSweep = SweepSamples.lrSweep

    static func graph(_ yaml: String) throws -> (PipelineGraph, [TrialSpec]) { try SweepSamples.graph(yaml) }

    @Test(arguments: GraphFormat.allCases)
    func renderedGraphsMatchTheirSnapshots(format: GraphFormat) throws {
        let (graph, _) = try Self.graph(Self.lrSweep)
        let ext = format == .text ? "txt" : format.rawValue
        Snapshot.check(graph.rendered(format), named: "graph-lr-sweep.\(ext)")
    }

    @Test func renderingIsDeterministic() throws {
        let a = try Self.graph(Self.lrSweep).0
        let b = try Self.graph(Self.lrSweep).0
        for format in GraphFormat.allCases { #expect(a.rendered(format) == b.rendered(format)) }
        #expect(a.mermaid().hasPrefix("flowchart LR\n"))
        #expect(a.dot().hasPrefix("digraph pipeline {\n"))
    }
}
