import LRRun

/// How `lrlab graph` draws a pipeline graph.
enum GraphFormat: String, Sendable, CaseIterable {
    /// A Mermaid `flowchart LR`, rendered by GitHub in Markdown.
    case mermaid
    /// Graphviz DOT.
    case dot
    /// Plain text: the nodes by stage, each with its key and inputs.
    case text
}

extension PipelineGraph {
    /// The graph in `format`; ends with a newline.
    func rendered(_ format: GraphFormat) -> String {
        switch format {
        case .mermaid: mermaid()
        case .dot: dot()
        case .text: text()
        }
    }

    /// Short, diagram-safe node names: the stage and the node's 1-based position in it
    /// (`data1`, `train3`), by key.
    func displayNames() -> [String: String] {
        var names: [String: String] = [:]  // looked up only, never iterated
        var counts: [PipelineStage: Int] = [:]
        for node in nodes {
            let n = (counts[node.kind] ?? 0) + 1
            counts[node.kind] = n
            names[node.key] = "\(node.kind.rawValue)\(n)"
        }
        return names
    }
}
