import Foundation
import LRTestSupport

/// One case of the YAML test suite (`Tests/Fixtures/yaml-test-suite`): a folder with `in.yaml`,
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

    /// The suite folder: `Tests/Fixtures/yaml-test-suite`.
    static func suiteFolder() -> URL? {
        let folder = URL(fileURLWithPath: TestPaths.fixtures + "/yaml-test-suite")
        return FileManager.default.fileExists(atPath: folder.path) ? folder : nil
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
