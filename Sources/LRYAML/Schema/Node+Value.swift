extension Node {
    /// The core-schema value of a scalar; nil for collections, and for a scalar whose explicit
    /// tag cannot hold its text (strict parsing rejects those, so it never yields them).
    public var scalarValue: ScalarValue? {
        guard case .scalar(let text, let style) = content else { return nil }
        return CoreSchema.resolve(text, style: style, tag: tag)
    }

    /// The text of a scalar that resolves to a string; nil otherwise.
    public var string: String? {
        if case .string(let s)? = scalarValue { return s }
        return nil
    }

    /// The pairs of a mapping, in source order; nil for other nodes.
    public var mapping: [Pair]? {
        if case .mapping(let pairs, _) = content { return pairs }
        return nil
    }

    /// The items of a sequence; nil for other nodes.
    public var sequence: [Node]? {
        if case .sequence(let items, _) = content { return items }
        return nil
    }

    /// Whether this is a scalar (of any value).
    public var isScalar: Bool {
        if case .scalar = content { return true }
        return false
    }

    /// The value under a string key of a mapping; nil when absent or not a mapping.
    public subscript(key: String) -> Node? {
        mapping?.first { $0.key.string == key }?.value
    }

    /// The pair whose key is the string `key`, to locate the key as well as the value.
    public func pair(forKey key: String) -> Pair? {
        mapping?.first { $0.key.string == key }
    }
}
