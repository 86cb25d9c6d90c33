import Foundation

/// A JSON value from the reference files, keeping booleans apart from numbers.
enum JSONValue: Decodable, Sendable, CustomStringConvertible {
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var double: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    var int: Int? { double.flatMap { Int(exactly: $0) } }

    var bool: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    var array: [JSONValue]? {
        if case .array(let value) = self { return value }
        return nil
    }

    var doubles: [Double]? { array?.compactMap(\.double) }

    var description: String {
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
enum Reference {
    /// `Tests/Fixtures/reference/<name>`, found from this file's path so the tests run wherever
    /// the repository is checked out.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()  // Support
            .deletingLastPathComponent()  // LREngineTests
            .deletingLastPathComponent()  // Tests
            .appendingPathComponent("Fixtures/reference/\(name)")
    }

    /// The `cases` array of a reference file; empty (and the caller's test fails) if unreadable.
    static func cases(_ name: String) -> [JSONValue] {
        guard let data = try? Data(contentsOf: url(name)),
            let file = try? JSONDecoder().decode(JSONValue.self, from: data)
        else { return [] }
        return file["cases"]?.array ?? []
    }

    /// The ids of a file's cases, for parameterised tests.
    static func caseIDs(_ name: String) -> [String] {
        cases(name).compactMap { $0["id"]?.string }
    }

    /// One case by id.
    static func `case`(_ name: String, id: String) -> JSONValue? {
        cases(name).first { $0["id"]?.string == id }
    }
}

/// `|a − b| ≤ atol + rtol·|b|`, as `numpy.allclose` (b is the reference).
func isClose(_ a: Double, _ b: Double, rtol: Double, atol: Double = 0) -> Bool {
    abs(a - b) <= atol + rtol * abs(b)
}
