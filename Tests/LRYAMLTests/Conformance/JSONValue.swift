@testable import LRYAML

/// A JSON value, to compare YAML documents with the suite's `in.json`.
indirect enum JSONValue: Equatable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    /// Pairs in source order.
    case object([(String, JSONValue)])

    static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x == y
        case (.object(let x), .object(let y)):
            // JSON objects are unordered: compare sorted by key.
            x.count == y.count
                && zip(x.sorted { $0.0 < $1.0 }, y.sorted { $0.0 < $1.0 })
                .allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: false
        }
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let n): "\(n)"
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ", ") + "]"
        case .object(let o): "{" + o.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
        }
    }

    /// The JSON equivalent of a node under the core schema; keys become their text.
    init(_ node: Node) {
        switch node.content {
        case .scalar(let text, _):
            switch node.scalarValue ?? .string(text) {
            case .null: self = .null
            case .bool(let b): self = .bool(b)
            case .int(let i): self = .number(Double(i))
            case .integerOutOfRange(let t): self = .number(Double(t) ?? .nan)
            case .float(let f): self = .number(f)
            case .string(let s): self = .string(s)
            }
        case .sequence(let items, _):
            self = .array(items.map(JSONValue.init))
        case .mapping(let pairs, _):
            self = .object(pairs.map { (Self.keyText($0.key), JSONValue($0.value)) })
        }
    }

    private static func keyText(_ key: Node) -> String {
        if case .scalar(let text, _) = key.content { return text }
        return JSONValue(key).description
    }
}

/// Reads a stream of concatenated JSON values (the suite's `in.json` holds one per document).
struct JSONReader {
    struct Failure: Error { var offset: Int }

    private let b: [UInt8]
    private var i = 0

    init(_ bytes: [UInt8]) { b = bytes }

    static func values(_ bytes: [UInt8]) throws -> [JSONValue] {
        var r = JSONReader(bytes)
        var out: [JSONValue] = []
        r.skipSpace()
        while r.i < r.b.count {
            out.append(try r.value())
            r.skipSpace()
        }
        return out
    }

    private mutating func skipSpace() {
        while i < b.count, [0x20, 0x0A, 0x0D, 0x09].contains(b[i]) { i += 1 }
    }

    private mutating func expect(_ word: String) throws {
        let w = Array(word.utf8)
        guard b.count >= i + w.count, Array(b[i..<i + w.count]) == w else { throw Failure(offset: i) }
        i += w.count
    }

    private mutating func value() throws -> JSONValue {
        skipSpace()
        guard i < b.count else { throw Failure(offset: i) }
        switch b[i] {
        case UInt8(ascii: "n"): try expect("null"); return .null
        case UInt8(ascii: "t"): try expect("true"); return .bool(true)
        case UInt8(ascii: "f"): try expect("false"); return .bool(false)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "["):
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                items.append(try value())
                skipSpace()
                guard i < b.count else { throw Failure(offset: i) }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                try expect("]")
                return .array(items)
            }
        case UInt8(ascii: "{"):
            i += 1
            var pairs: [(String, JSONValue)] = []
            skipSpace()
            if b[i] == UInt8(ascii: "}") { i += 1; return .object(pairs) }
            while true {
                skipSpace()
                let key = try string()
                skipSpace()
                try expect(":")
                pairs.append((key, try value()))
                skipSpace()
                guard i < b.count else { throw Failure(offset: i) }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                try expect("}")
                return .object(pairs)
            }
        default:
            let start = i
            while i < b.count, "+-0123456789.eE".utf8.contains(b[i]) { i += 1 }
            guard let n = Double(String(decoding: b[start..<i], as: UTF8.self)) else {
                throw Failure(offset: start)
            }
            return .number(n)
        }
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var scalars = String.UnicodeScalarView()
        var raw: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: raw, as: UTF8.self).unicodeScalars)
            raw = []
        }
        while i < b.count {
            let c = b[i]
            i += 1
            if c == UInt8(ascii: "\"") {
                flush()
                return String(scalars)
            }
            guard c == UInt8(ascii: "\\") else { raw.append(c); continue }
            flush()
            guard i < b.count else { break }
            let e = b[i]
            i += 1
            switch e {
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "u"):
                var code = try hex4()
                if (0xD800..<0xDC00).contains(code) {
                    try expect("\\u")
                    code = 0x10000 + ((code - 0xD800) << 10) + (try hex4() - 0xDC00)
                }
                guard let s = Unicode.Scalar(code) else { throw Failure(offset: i) }
                scalars.append(s)
            default: scalars.append(Unicode.Scalar(e))
            }
        }
        throw Failure(offset: i)
    }

    private mutating func hex4() throws -> UInt32 {
        guard i + 4 <= b.count, let v = UInt32(String(decoding: b[i..<i + 4], as: UTF8.self), radix: 16)
        else { throw Failure(offset: i) }
        i += 4
        return v
    }
}
