import Foundation
import Testing

/// Snapshot files under `Tests/Snapshots/report/` (package root), found from this file.
/// `LRLAB_RECORD_SNAPSHOTS=1` rewrites them; review the change in the diff.
enum ReportSnapshot {
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Report
        .deletingLastPathComponent()  // LRExperimentsTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Snapshots/report").path

    static var recording: Bool { ProcessInfo.processInfo.environment["LRLAB_RECORD_SNAPSHOTS"] == "1" }

    /// Expects `text` to equal the snapshot `name` (recording it instead when asked).
    static func check(_ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = "\(directory)/\(name)"
        if recording {
            try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(text.utf8)), sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("missing snapshot \(name); run with LRLAB_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if expected != text {
            let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let b = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
            let want = line < a.count ? String(a[line]) : "<end>"
            let got = line < b.count ? String(b[line]) : "<end>"
            Issue.record(
                "snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)",
                sourceLocation: sourceLocation)
        }
    }
}
