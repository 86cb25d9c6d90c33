import Foundation
import LRConfig

/// The `digest` file of a cache entry: one SHA-256 over the entry format, the trial key and
/// the exact bytes of `outcome.json` and `curve.csv`, so an edited file, or an entry copied
/// under another key's directory, is told apart from the entry that was written.
///
/// The hashed input is `ContentHash.sha256(lengthPrefixed:)` of the parts
/// `[format, key, outcome.json, curve.csv]` (UTF-8 for the strings): each part is its byte
/// count as 8 bytes big-endian, then its bytes, so no two different entries frame to the same
/// input. The file holds the 64 lowercase hex digits and a newline.
extension TrialCache {
    package static let digestFile = "digest"

    /// The `digest` file's bytes for an entry of `key` holding `outcome` and `curve`.
    package static func digest(key: String, outcome: [UInt8], curve: [UInt8]) -> [UInt8] {
        let hash = ContentHash.sha256(lengthPrefixed: [Array(format.utf8), Array(key.utf8), outcome, curve])
        return Array((hash + "\n").utf8)
    }

    /// Why the entry at `entry` does not hold exactly what was written under `key`, or nil
    /// when its digest matches.
    package static func digestMismatch(entry: URL, key: String, outcome: [UInt8], curve: [UInt8]) -> String? {
        guard let stored = FileManager.default.contents(atPath: entry.appendingPathComponent(digestFile).path) else {
            return "no \(digestFile)"
        }
        guard Array(stored) == digest(key: key, outcome: outcome, curve: curve) else {
            return "\(digestFile) does not match the entry (a file was edited, or the entry belongs to another key)"
        }
        return nil
    }
}
