import LRRun

extension PipelineGraph {
    /// A Mermaid `flowchart LR`: one box per node (stage, label, short key), one arrow per input.
    func mermaid() -> String {
        let names = displayNames()
        var out = "flowchart LR\n"
        for node in nodes {
            let name = names[node.key] ?? node.kind.rawValue
            let text = "\(Self.mermaidEscape(node.kind.rawValue + ": " + node.label))<br/>\(node.shortKey)"
            switch node.kind {
            case .data: out += "    \(name)[(\"\(text)\")]\n"
            case .report: out += "    \(name)[/\"\(text)\"/]\n"
            default: out += "    \(name)[\"\(text)\"]\n"
            }
        }
        for node in nodes {
            let name = names[node.key] ?? node.kind.rawValue
            for input in node.inputs {
                out += "    \(names[input] ?? input) --> \(name)\n"
            }
        }
        return out
    }

    /// Mermaid entity codes for the characters that would end a quoted label or open markup.
    static func mermaidEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "#": out += "#35;"
            default: out.append(c)
            }
        }
        return out
    }
}
