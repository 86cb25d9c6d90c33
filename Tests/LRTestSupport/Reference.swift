import Foundation

/// A JSON value from the reference files, keeping booleans apart from numbers.
public enum ReferenceValue: Decodable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([ReferenceValue])
    case object([String: ReferenceValue])
    case null

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([ReferenceValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: ReferenceValue].self))
        }
    }

    public subscript(key: String) -> ReferenceValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var double: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var int: Int? { double.flatMap { Int(exactly: $0) } }

    public var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    public var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var array: [ReferenceValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    public var doubles: [Double]? { array?.compactMap(\.double) }

    /// A list of number lists (trajectories); empty when absent.
    public var rows: [[Double]] { array?.map { $0.doubles ?? [] } ?? [] }

    /// The value as YAML flow text (JSON syntax, keys sorted; whole numbers without a point,
    /// so integer keys read as integers).
    public var flow: String {
        switch self {
        case .bool(let value): "\(value)"
        case .number(let value):
            if let whole = Int(exactly: value), abs(whole) < 1 << 53 { "\(whole)" } else { "\(value)" }
        case .string(let value): "\"\(value)\""
        case .array(let values): "[" + values.map(\.flow).joined(separator: ", ") + "]"
        case .object(let object):
            "{" + object.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value.flow)" }.joined(separator: ", ") + "}"
        case .null: "null"
        }
    }

    public var description: String {
        switch self {
        case .bool(let value): "\(value)"
        case .number(let value): "\(value)"
        case .string(let value): "\"\(value)\""
        case .array(let value): "\(value)"
        case .object(let value): "\(value.sorted { $0.key < $1.key })"
        case .null: "null"
        }
    }
}

/// The PyTorch reference files in `Tests/Fixtures/reference`.
public enum Reference {
    public static func url(_ name: String) -> URL {
        URL(fileURLWithPath: TestPaths.fixtures + "/reference/" + name)
    }

    /// The `cases` array of a reference file; empty (and the caller's test fails) if unreadable.
    public static func cases(_ name: String) -> [ReferenceValue] {
        guard let data = try? Data(contentsOf: url(name)),
            let file = try? JSONDecoder().decode(ReferenceValue.self, from: data)
        else { return [] }
        return file["cases"]?.array ?? []
    }

    /// The ids of a file's cases, for parameterised tests.
    public static func caseIDs(_ name: String) -> [String] {
        cases(name).compactMap { $0["id"]?.string }
    }

    /// One case by id.
    public static func `case`(_ name: String, id: String) -> ReferenceValue? {
        cases(name).first { $0["id"]?.string == id }
    }
}

/// `|a − b| ≤ atol + rtol·|b|`, as `numpy.allclose` (b is the reference).
public func isClose(_ a: Double, _ b: Double, rtol: Double, atol: Double = 0) -> Bool {
    abs(a - b) <= atol + rtol * abs(b)
}
