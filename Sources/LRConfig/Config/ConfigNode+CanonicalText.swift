import LRYAML

extension ConfigNode {
    /// The value as one line of canonical YAML flow text: scalars written from their resolved
    /// value (`1e-3` is `0.001`), strings plain when that re-reads as the same string and
    /// double-quoted otherwise, mappings with their keys sorted by UTF-8 bytes.
    ///
    /// Trial ids and pipeline keys hash this text, so it must never depend on how the value was
    /// spelled, where it was written, or the order of a `Dictionary`.
    package var canonicalText: String {
        switch content {
        case .scalar(let value, _):
            return Self.canonical(value)
        case .sequence(let items):
            return "[" + items.map(\.canonicalText).joined(separator: ", ") + "]"
        case .mapping(let entries):
            let sorted = entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return "{" + sorted.map { "\(Self.canonicalString($0.key)): \($0.value.canonicalText)" }
                .joined(separator: ", ") + "}"
        }
    }

    /// A resolved scalar in canonical YAML form.
    package static func canonical(_ value: ScalarValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let b): b ? "true" : "false"
        case .int(let i): String(i)
        case .integerOutOfRange(let text): text
        case .float(let f): canonicalNumber(f)
        case .string(let s): canonicalString(s)
        }
    }

    /// Swift's shortest round-trip text, or YAML's spelling of the special values.
    package static func canonicalNumber(_ f: Double) -> String {
        if f.isNaN { return ".nan" }
        if f.isInfinite { return f < 0 ? "-.inf" : ".inf" }
        return f.description
    }

    /// Plain when the text is a simple word that YAML reads back as this string; otherwise
    /// double-quoted with `\`, `"` and control characters escaped.
    package static func canonicalString(_ s: String) -> String {
        if isPlainWord(s) { return s }
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                let hex = String(scalar.value, radix: 16)
                out += "\\x" + String(repeating: "0", count: max(0, 2 - hex.count)) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// Starts with a letter, then letters, digits, `_`, `-`, `.` or `/`; not a YAML keyword.
    private static func isPlainWord(_ s: String) -> Bool {
        let scalars = Array(s.unicodeScalars)
        guard let first = scalars.first, first.isASCIILetter else { return false }
        let allowed = scalars.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) || "_-./".unicodeScalars.contains($0) }
        let keywords: Set<String> = ["true", "false", "null", "yes", "no", "on", "off", "y", "n"]
        return allowed && !keywords.contains(s.lowercased())
    }
}

extension Unicode.Scalar {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}

extension ConfigNode {
    /// The node at a dotted path (list items by index), nil when the path names nothing.
    package func value(at dottedPath: String) -> ConfigNode? {
        var node = self
        for part in dottedPath.split(separator: ".", omittingEmptySubsequences: false) {
            switch node.content {
            case .mapping:
                guard let child = node[String(part)] else { return nil }
                node = child
            case .sequence(let items):
                guard let i = Int(part), items.indices.contains(i) else { return nil }
                node = items[i]
            case .scalar:
                return nil
            }
        }
        return node
    }
}
