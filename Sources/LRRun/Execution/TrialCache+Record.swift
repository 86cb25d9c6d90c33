import Foundation
import LRBundle
import LRConfig

/// A search's own record in the cache, beside its trials' outcomes: what a `pbt` population
/// decided (its exploit/explore events), which no single member's outcome holds. The entry is
/// `record.json` and a `digest` binding its bytes to the key, written and placed like an
/// outcome entry, so a damaged or moved record is a miss.
extension TrialCache {
    package static let recordFile = "record.json"
    /// Largest record read back; a population's events are a few hundred bytes each.
    package static let maxRecordBytes = 16 << 20

    /// Stores `record` under `key`; an intact entry already there is kept.
    package func storeRecord(_ record: JSONValue, key: String) throws {
        guard Self.isValidKey(key) else { return }
        let bytes = Array((record.pretty() + "\n").utf8)
        try ignoredByGit()
        try place(key: key) { temporary in
            try AtomicDirectory.writeFiles(
                [(Self.recordFile, bytes), (Self.digestFile, Self.digest(key: key, outcome: bytes, curve: []))], in: temporary)
        }
    }

    /// The record stored under `key`, nil when there is none or it is not intact.
    package func record(key: String) -> JSONValue? {
        guard Self.isValidKey(key) else { return nil }
        let entry = directory.appendingPathComponent(key)
        guard case .success(let bytes) = FilePath.read(entry.appendingPathComponent(Self.recordFile).path, limit: Self.maxRecordBytes),
            Self.digestMismatch(entry: entry, key: key, outcome: bytes, curve: []) == nil
        else { return nil }
        return try? JSONValue.parse(bytes)
    }
}
