import Foundation

/// The PyTorch reference files in `Tests/Fixtures/reference`, read as plain JSON objects (the
/// `lrlab` fragments are written back out as YAML flow text).
enum ReferenceCases {
    /// `Tests/Fixtures/reference/<name>`, found from this file's path so the tests run wherever
    /// the repository is checked out.
    static func url(_ name: String) -> URL {
        URL(fileURLWithPath: Fixtures.root).deletingLastPathComponent().appendingPathComponent("reference/\(name)")
    }

    /// The `cases` array of a reference file; empty (and the caller's test fails) if unreadable.
    static func cases(_ name: String) -> [[String: Any]] {
        guard let data = try? Data(contentsOf: url(name)),
            let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { return [] }
        return file["cases"] as? [[String: Any]] ?? []
    }

    static func ids(_ name: String) -> [String] {
        cases(name).compactMap { $0["id"] as? String }
    }

    static func `case`(_ name: String, id: String) -> [String: Any]? {
        cases(name).first { $0["id"] as? String == id }
    }

    /// A JSON value as flow YAML text (JSON is valid YAML flow syntax); keys sorted.
    static func flow(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed])
        return String(decoding: data, as: UTF8.self)
    }

    static func doubles(_ value: Any?) -> [Double] {
        (value as? [Any])?.compactMap { ($0 as? NSNumber)?.doubleValue } ?? []
    }

    static func rows(_ value: Any?) -> [[Double]] {
        (value as? [Any])?.map { doubles($0) } ?? []
    }
}

/// `|a − b| ≤ atol + rtol·|b|`, as `numpy.allclose` (b is the reference).
func closeTo(_ a: Double, _ b: Double, rtol: Double, atol: Double = 0) -> Bool {
    abs(a - b) <= atol + rtol * abs(b)
}
