/// YAML 1.2 core-schema resolution of scalar text (tags `null`, `bool`, `int`, `float`, `str`).
enum CoreSchema {
    static let tagPrefix = "tag:yaml.org,2002:"
    static let strTag = tagPrefix + "str"
    static let intTag = tagPrefix + "int"
    static let floatTag = tagPrefix + "float"
    static let boolTag = tagPrefix + "bool"
    static let nullTag = tagPrefix + "null"
    static let seqTag = tagPrefix + "seq"
    static let mapTag = tagPrefix + "map"
    static let mergeTag = tagPrefix + "merge"

    /// Tags a scalar may carry in a strict document.
    static let scalarTags: Set<String> = [strTag, intTag, floatTag, boolTag, nullTag, mergeTag, "!"]

    /// The value of a scalar given its text, style and explicit tag, or nil when an explicit
    /// core tag cannot hold the text (e.g. `!!int abc`). Unknown tags resolve like no tag.
    static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> ScalarValue? {
        switch tag {
        case strTag?, "!"?: return .string(text)
        case nullTag?: return isNull(text) ? .null : nil
        case boolTag?: return bool(text).map(ScalarValue.bool)
        case intTag?: return integer(text)
        case floatTag?:
            if let f = float(text) { return .float(f) }
            if let i = integer(text) {
                switch i {
                case .int(let v): return .float(Double(v))
                case .integerOutOfRange: return Double(text).map(ScalarValue.float)
                default: return nil
                }
            }
            return nil
        default:
            guard style == .plain else { return .string(text) }
            return implicit(text)
        }
    }

    /// The value of an untagged plain scalar.
    static func implicit(_ text: String) -> ScalarValue {
        if isNull(text) { return .null }
        if let b = bool(text) { return .bool(b) }
        if let i = integer(text) { return i }
        if let f = float(text) { return .float(f) }
        return .string(text)
    }

    static func isNull(_ t: String) -> Bool {
        t.isEmpty || t == "~" || t == "null" || t == "Null" || t == "NULL"
    }

    static func bool(_ t: String) -> Bool? {
        switch t {
        case "true", "True", "TRUE": true
        case "false", "False", "FALSE": false
        default: nil
        }
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`; too large for `Int` gives `.integerOutOfRange`.
    static func integer(_ t: String) -> ScalarValue? {
        let u = Array(t.utf8)
        if u.count > 2, u[0] == UInt8(ascii: "0"), u[1] == UInt8(ascii: "x") || u[1] == UInt8(ascii: "o") {
            let radix = u[1] == UInt8(ascii: "x") ? 16 : 8
            let digits = u[2...]
            guard digits.allSatisfy({ digitValue($0).map { $0 < radix } ?? false }) else { return nil }
            let text = String(decoding: digits, as: UTF8.self)
            return Int(text, radix: radix).map(ScalarValue.int) ?? .integerOutOfRange(t)
        }
        var digits = u[...]
        if let first = digits.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.allSatisfy(isDecimal) else { return nil }
        return Int(t).map(ScalarValue.int) ?? .integerOutOfRange(t)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.inf`, `\.nan` (three cases each).
    static func float(_ t: String) -> Double? {
        var u = Array(t.utf8)[...]
        var negative = false
        if let first = u.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            u = u.dropFirst()
        }
        let rest = String(decoding: u, as: UTF8.self)
        if rest == ".inf" || rest == ".Inf" || rest == ".INF" {
            return negative ? -.infinity : .infinity
        }
        if t == ".nan" || t == ".NaN" || t == ".NAN" { return .nan }
        let intPart = u.prefix(while: isDecimal)
        u = u.dropFirst(intPart.count)
        var fracCount = 0
        var hasDot = false
        if u.first == UInt8(ascii: ".") {
            hasDot = true
            u = u.dropFirst()
            let frac = u.prefix(while: isDecimal)
            fracCount = frac.count
            u = u.dropFirst(frac.count)
        }
        guard !intPart.isEmpty || (hasDot && fracCount > 0) else { return nil }
        if let e = u.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            u = u.dropFirst()
            if let s = u.first, s == UInt8(ascii: "-") || s == UInt8(ascii: "+") { u = u.dropFirst() }
            let exp = u.prefix(while: isDecimal)
            guard !exp.isEmpty else { return nil }
            u = u.dropFirst(exp.count)
        }
        guard u.isEmpty else { return nil }
        // Swift's parser does not take a trailing dot ("1."), so add the zero it implies.
        if hasDot && fracCount == 0 {
            return Double(t.replacingFirstDotBeforeExponent())
        }
        return Double(t)
    }

    private static func isDecimal(_ c: UInt8) -> Bool {
        c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")
    }

    private static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): Int(c - UInt8(ascii: "A")) + 10
        default: nil
        }
    }
}

extension String {
    /// "1.e3" → "1.0e3": the digit a trailing dot implies.
    fileprivate func replacingFirstDotBeforeExponent() -> String {
        var out = ""
        var done = false
        for c in self {
            out.append(c)
            if c == ".", !done {
                out.append("0")
                done = true
            }
        }
        return out
    }
}
