import Foundation
import Testing

/// Expected long outputs kept as files under `Tests/Snapshots/` (outside the test targets, so
/// SwiftPM sees no unhandled files). `LRLAB_RECORD_SNAPSHOTS=1` rewrites them from the actual
/// output; review the diff before committing.
enum Snapshot {
    static let directory: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Support
        .deletingLastPathComponent()  // lrlabTests
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Snapshots").path

    /// Compares `actual` with the snapshot `name`, or records it.
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let path = "\(directory)/\(name)"
        if ProcessInfo.processInfo.environment["LRLAB_RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: URL(fileURLWithPath: path))
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            Issue.record("no snapshot \(name); run with LRLAB_RECORD_SNAPSHOTS=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == String(decoding: data, as: UTF8.self), "snapshot \(name)", sourceLocation: sourceLocation)
    }
}
