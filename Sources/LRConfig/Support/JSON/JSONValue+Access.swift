extension JSONValue {
    /// The member named `key` of an object (nil for other values or a missing key).
    package subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.0 == key }?.1
    }

    package var stringValue: String? {
        if case .string(let s) = self { s } else { nil }
    }

    package var boolValue: Bool? {
        if case .bool(let b) = self { b } else { nil }
    }

    /// An integer; a `.number` only when it is integral and fits.
    package var intValue: Int? {
        switch self {
        case .integer(let i): return i
        case .number(let d): return d.rounded() == d && abs(d) < 0x1p53 ? Int(d) : nil
        default: return nil
        }
    }

    /// A number of either kind, or a non-finite one spelled as `JSONValue.double(_:)` writes it.
    package var doubleValue: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .number(let d): return d
        case .string(let s): return Self.nonFinite.first { $0.text == s }?.value
        default: return nil
        }
    }

    package var arrayValue: [JSONValue]? {
        if case .array(let items) = self { items } else { nil }
    }

    /// The members of an object, in document order.
    package var objectValue: [(String, JSONValue)]? {
        if case .object(let members) = self { members } else { nil }
    }

    package var isNull: Bool {
        if case .null = self { true } else { false }
    }

    /// A Double as JSON: a number when finite, else the string `"nan"`, `"inf"` or `"-inf"`
    /// (JSON has no non-finite numbers; a diverged trial's loss can be one).
    package static func double(_ d: Double) -> JSONValue {
        if d.isFinite { return .number(d) }
        if d.isNaN { return .string("nan") }
        return .string(d > 0 ? "inf" : "-inf")
    }

    /// An optional string, `null` when nil.
    package static func optional(_ s: String?) -> JSONValue {
        s.map(JSONValue.string) ?? .null
    }

    private static let nonFinite: [(text: String, value: Double)] = [
        ("nan", .nan), ("inf", .infinity), ("-inf", -.infinity),
    ]
}
