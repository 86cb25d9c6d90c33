@testable import LRYAML

/// Renders libyaml events in the suite's `test.event` notation.
enum EventNotation {
    static func render(_ events: [YAMLEvent]) -> String {
        events.map(line).joined(separator: "\n") + "\n"
    }

    static func line(_ e: YAMLEvent) -> String {
        var props = ""
        if let anchor = e.anchor, e.kind != .alias { props += " &" + anchor }
        if let tag = e.tag { props += " <" + tag + ">" }
        switch e.kind {
        case .streamStart: return "+STR"
        case .streamEnd: return "-STR"
        case .documentStart: return e.implicit ? "+DOC" : "+DOC ---"
        case .documentEnd: return e.implicit ? "-DOC" : "-DOC ..."
        case .mappingStart: return "+MAP" + (e.collectionStyle == .flow ? " {}" : "") + props
        case .mappingEnd: return "-MAP"
        case .sequenceStart: return "+SEQ" + (e.collectionStyle == .flow ? " []" : "") + props
        case .sequenceEnd: return "-SEQ"
        case .alias: return "=ALI *" + (e.anchor ?? "")
        case .scalar:
            let style: String =
                switch e.scalarStyle {
                case .plain: ":"
                case .singleQuoted: "'"
                case .doubleQuoted: "\""
                case .literal: "|"
                case .folded: ">"
                }
            return "=VAL" + props + " " + style + escape(e.value)
        }
    }

    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\0": out += "\\0"
            case "\u{08}": out += "\\b"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
