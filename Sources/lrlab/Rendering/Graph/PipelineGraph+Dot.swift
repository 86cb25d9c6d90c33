import LRRun

extension PipelineGraph {
    /// Graphviz DOT, left to right: one box per node (stage, label, short key), one edge per input.
    func dot() -> String {
        let names = displayNames()
        var out = "digraph pipeline {\n    rankdir=LR;\n    node [shape=box];\n"
        for node in nodes {
            let name = names[node.key] ?? node.kind.rawValue
            let shape = node.kind == .data ? ", shape=cylinder" : node.kind == .report ? ", shape=note" : ""
            let label = Self.dotEscape("\(node.kind.rawValue): \(node.label)") + "\\n" + node.shortKey
            out += "    \(name) [label=\"\(label)\"\(shape)];\n"
        }
        for node in nodes {
            let name = names[node.key] ?? node.kind.rawValue
            for input in node.inputs {
                out += "    \(names[input] ?? input) -> \(name);\n"
            }
        }
        return out + "}\n"
    }

    /// A DOT double-quoted string body.
    static func dotEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }
}
