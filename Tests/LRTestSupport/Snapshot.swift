import Foundation
import Testing

/// Expected long outputs kept as files under `Tests/Snapshots/` (outside the test targets, so
/// SwiftPM sees no unhandled files). `LRLAB_RECORD_SNAPSHOTS=1` rewrites them from the actual
/// output; review the diff before committing.
public enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["LRLAB_RECORD_SNAPSHOTS"] == "1" }

    /// Expects `actual` to equal the snapshot `name` (a path under `Tests/Snapshots`), or
    /// records it. A difference is reported at its first differing line.
    public static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let path = "\(TestPaths.snapshots)/\(name)"
        if recording {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: path, contents: Data(actual.utf8)), sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("no snapshot \(name); run with LRLAB_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        let expected = String(decoding: data, as: UTF8.self)
        if let difference = firstDifference(expected, actual) {
            Issue.record("snapshot \(name) differs at \(difference)", sourceLocation: sourceLocation)
        }
    }

    /// "line N:\n  expected: …\n  actual:   …" for the first line that differs, nil if equal.
    static func firstDifference(_ expected: String, _ actual: String) -> String? {
        guard expected != actual else { return nil }
        let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let b = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let want = line < a.count ? String(a[line]) : "<end>"
        let got = line < b.count ? String(b[line]) : "<end>"
        return "line \(line + 1):\n  expected: \(want)\n  actual:   \(got)"
    }
}
