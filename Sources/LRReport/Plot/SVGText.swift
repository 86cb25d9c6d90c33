/// Escaping for text placed in SVG (XML) content and attribute values.
package enum SVGText {
    /// `s` with `& < > " '` escaped and control characters other than tab and newline dropped
    /// (XML 1.0 does not allow them).
    package static func escape(_ s: String) -> String {
        var out = ""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `s` cut to at most `limit` characters, ending with `…` when cut.
    package static func truncated(_ s: String, _ limit: Int) -> String {
        s.count <= limit ? s : String(s.prefix(limit - 1)) + "…"
    }

    /// `s` in lines of at most `width` characters, broken at spaces where possible, at most
    /// `maxLines` of them (the last ending with `…` when cut).
    package static func wrapped(_ s: String, width: Int, maxLines: Int) -> [String] {
        var lines: [String] = []
        var rest = Substring(s)
        while !rest.isEmpty {
            if lines.count == maxLines - 1 || rest.count <= width {
                lines.append(truncated(String(rest), width))
                break
            }
            let window = rest.prefix(width + 1)
            let cut = window.lastIndex(of: " ").flatMap { $0 > rest.startIndex ? $0 : nil } ?? rest.index(rest.startIndex, offsetBy: width)
            lines.append(String(rest[..<cut]))
            rest = rest[cut...].drop { $0 == " " }
        }
        return lines.isEmpty ? [""] : lines
    }
}
