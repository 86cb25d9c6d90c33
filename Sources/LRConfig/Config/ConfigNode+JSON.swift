
extension ConfigNode {
    /// The node as JSON: mappings keep their key order; non-finite floats become the strings
    /// `"nan"`, `"inf"`, `"-inf"`; integers too large for `Int` keep their text as a string.
    package var json: JSONValue {
        switch content {
        case .scalar(let value, _):
            switch value {
            case .null: return .null
            case .bool(let b): return .bool(b)
            case .int(let i): return .integer(i)
            case .integerOutOfRange(let text): return .string(text)
            case .float(let f): return .double(f)
            case .string(let s): return .string(s)
            }
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let entries):
            return .object(entries.map { ($0.key, $0.value.json) })
        }
    }
}
