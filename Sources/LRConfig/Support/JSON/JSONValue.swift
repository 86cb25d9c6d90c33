/// A JSON value whose object keys keep their order, so printed output is deterministic.
///
/// Written by `pretty()`; read back by `JSONValue.parse(_:)` (strict RFC 8259). Integers
/// (`.integer`) and floating-point numbers (`.number`) stay apart so `1` and `1.0` round-trip.
package indirect enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    package static func == (a: JSONValue, b: JSONValue) -> Bool { a.pretty() == b.pretty() }
    package func hash(into hasher: inout Hasher) { hasher.combine(pretty()) }

    /// Pretty-printed with two-space indentation and `": "` separators (no trailing newline).
    package func pretty(indent: Int = 0) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .integer(let i): return String(i)
        case .number(let d): return Self.format(d)
        case .string(let s): return Self.quote(s)
        case .array(let items):
            if items.isEmpty { return "[]" }
            let body = items.map { pad + $0.pretty(indent: indent + 1) }.joined(separator: ",\n")
            return "[\n" + body + "\n" + close + "]"
        case .object(let members):
            if members.isEmpty { return "{}" }
            let body = members.map { pad + Self.quote($0.0) + ": " + $0.1.pretty(indent: indent + 1) }
                .joined(separator: ",\n")
            return "{\n" + body + "\n" + close + "}"
        }
    }

    /// On one line with `", "` and `": "` separators, e.g. `[64, 64]` or `{"a": 1}`.
    package func compact() -> String {
        switch self {
        case .array(let items):
            return "[" + items.map { $0.compact() }.joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { Self.quote($0.0) + ": " + $0.1.compact() }.joined(separator: ", ") + "}"
        default:
            return pretty()
        }
    }

    /// `compact()` when it has at most `limit` characters, else nil; writing stops soon after
    /// the limit, so asking of a value with thousands of numbers costs little.
    package func compact(ifAtMost limit: Int) -> String? {
        var out = ""
        guard appendCompact(to: &out, limit: limit), out.count <= limit else { return nil }
        return out
    }

    /// Appends `compact()` to `out`; false once `out` is past `limit` characters. Bytes bound
    /// characters from above, so characters are counted only when the bytes are past it.
    private func appendCompact(to out: inout String, limit: Int) -> Bool {
        switch self {
        case .array(let items):
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += ", " }
                guard item.appendCompact(to: &out, limit: limit) else { return false }
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out += ", " }
                out += Self.quote(key) + ": "
                guard value.appendCompact(to: &out, limit: limit) else { return false }
            }
            out += "}"
        default:
            out += pretty()
        }
        return out.utf8.count <= limit || out.count <= limit
    }

    /// Shortest round-trip form; integral values keep a `.0` so they stay numbers, not integers.
    /// Non-finite values have no JSON form and print as `null` (see `JSONValue.double(_:)`).
    package static func format(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        return "\(d)"
    }

    /// The string as a JSON string literal, control characters escaped.
    package static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
