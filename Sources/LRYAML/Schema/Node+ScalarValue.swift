extension Node {
    /// A scalar node holding `value`, spelled so that it resolves back to `value`:
    /// canonical text (`Double.description`, `.inf`, `null`…), and strings that would read as
    /// another type (`"true"`, `"1.0"`, `""`) double-quoted.
    public init(_ value: ScalarValue, mark: Mark) {
        let text: String
        var style = ScalarStyle.plain
        switch value {
        case .null: text = "null"
        case .bool(let b): text = b ? "true" : "false"
        case .int(let i): text = String(i)
        case .integerOutOfRange(let t): text = t
        case .float(let f): text = CanonicalEmitter.text(f)
        case .string(let s):
            text = s
            if CoreSchema.implicit(s) != .string(s) { style = .doubleQuoted }
        }
        self.init(.scalar(text, style), mark: mark)
    }
}
