import Foundation
import LRTestSupport

/// The experiment fixtures (`Tests/Fixtures/experiments`).
enum Fixtures {
    /// `…/Tests/Fixtures/experiments`.
    static let root = TestPaths.experimentFixtures

    /// The package root (for `schemas/` and `experiments/`).
    static let packageRoot = TestPaths.packageRoot

    /// A file under `Tests/Fixtures` (PyTorch references, the design contract's example).
    static func file(_ relative: String) -> String? {
        let path = URL(fileURLWithPath: root).deletingLastPathComponent().appendingPathComponent(relative).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// The `.yaml` file names in a fixture folder, sorted.
    static func names(_ folder: String) -> [String] {
        let dir = "\(root)/\(folder)"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return names.filter { $0.hasSuffix(".yaml") }.sorted()
    }

    static func path(_ folder: String, _ name: String) -> String { "\(root)/\(folder)/\(name)" }

    /// The expected first diagnostic line of an invalid fixture (its sibling `.expected` file),
    /// with paths relative to the fixtures root.
    static func expected(_ name: String) -> String? {
        let path = "\(root)/invalid/\(name.dropLast(".yaml".count)).expected"
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Text with the fixtures root removed from paths.
    static func relative(_ text: String) -> String {
        text.replacingOccurrences(of: root + "/", with: "")
    }
}
