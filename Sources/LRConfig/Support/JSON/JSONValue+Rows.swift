extension JSONValue {
    /// Pretty-printed like `pretty(indent:)`, except that the items of an array under one of
    /// `keys` are written one per line in compact form: long tables (data rows, curve rows)
    /// stay readable and small.
    package func pretty(compactingItemsUnder keys: Set<String>, indent: Int = 0, key: String? = nil) -> String {
        let pad = String(repeating: "  ", count: indent + 1)
        let close = String(repeating: "  ", count: indent)
        switch self {
        case .array(let items) where !items.isEmpty:
            let compact = key.map(keys.contains) ?? false
            let body = items.map { pad + (compact ? $0.compact() : $0.pretty(compactingItemsUnder: keys, indent: indent + 1)) }
            return "[\n" + body.joined(separator: ",\n") + "\n" + close + "]"
        case .object(let members) where !members.isEmpty:
            let body = members.map {
                pad + Self.quote($0.0) + ": " + $0.1.pretty(compactingItemsUnder: keys, indent: indent + 1, key: $0.0)
            }
            return "{\n" + body.joined(separator: ",\n") + "\n" + close + "}"
        default:
            return pretty(indent: indent)
        }
    }
}
