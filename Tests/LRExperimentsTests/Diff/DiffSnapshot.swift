import Foundation
import Testing

/// Snapshots of diff output under `Tests/Snapshots/diff/`; `LRLAB_RECORD_SNAPSHOTS=1` records.
enum DiffSnapshot {
    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try Snapshot.check(actual, named: "diff/" + name, sourceLocation: sourceLocation)
    }
}
