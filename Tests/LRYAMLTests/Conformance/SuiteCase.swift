import Foundation

/// One case of the YAML test suite (`../shared/yaml-test-suite`): a folder with `in.yaml`,
/// `test.event`, and `in.json` (expected data) or `error` (must be rejected).
struct SuiteCase: CustomStringConvertible, Sendable {
    /// `229Q`, or `SM9W/01` for a numbered sub-case.
    var id: String
    var folder: URL

    var description: String { id }
    var isError: Bool { FileManager.default.fileExists(atPath: folder.appendingPathComponent("error").path) }
    var yaml: [UInt8] { read("in.yaml") ?? [] }
    var events: String? { read("test.event").map { String(decoding: $0, as: UTF8.self) } }
    var json: [UInt8]? { read("in.json") }

    private func read(_ name: String) -> [UInt8]? {
        (try? Data(contentsOf: folder.appendingPathComponent(name))).map { [UInt8]($0) }
    }

    /// The suite folder: `shared/yaml-test-suite` beside the package root or an ancestor of it.
    static func suiteFolder() -> URL? {
        var dir = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { dir.deleteLastPathComponent() }  // …/Tests/LRYAMLTests/Conformance/x.swift
        while dir.pathComponents.count > 1 {
            let candidate = dir.appendingPathComponent("shared/yaml-test-suite")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }

    /// Every case, sorted by id; folders without `in.yaml` (indexes such as `name/`) are skipped.
    static func all() -> [SuiteCase] {
        guard let root = suiteFolder() else { return [] }
        let fm = FileManager.default
        var cases: [SuiteCase] = []
        let top = ((try? fm.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        for name in top {
            let folder = root.appendingPathComponent(name)
            if fm.fileExists(atPath: folder.appendingPathComponent("in.yaml").path) {
                cases.append(SuiteCase(id: name, folder: folder))
                continue
            }
            let subs = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            for sub in subs where fm.fileExists(atPath: folder.appendingPathComponent("\(sub)/in.yaml").path) {
                cases.append(SuiteCase(id: "\(name)/\(sub)", folder: folder.appendingPathComponent(sub)))
            }
        }
        return cases
    }
}
