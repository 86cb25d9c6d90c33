/// SHA-256 content hashes, written as lowercase hex: the one hash for cache keys, trial ids
/// and bundle integrity.
package enum ContentHash {
    /// The SHA-256 of `bytes` in lowercase hex (64 characters).
    package static func sha256(_ bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hex(hasher.finalize())
    }

    /// The SHA-256 of the UTF-8 bytes of `text`.
    package static func sha256(_ text: String) -> String {
        sha256(Array(text.utf8))
    }

    /// The SHA-256 of `parts` framed so that no two different lists of parts hash the same
    /// bytes: each part is its byte count as 8 bytes big-endian, then its bytes.
    package static func sha256(lengthPrefixed parts: [[UInt8]]) -> String {
        var hasher = SHA256()
        for part in parts {
            let count = UInt64(part.count)
            hasher.update(stride(from: 56, through: 0, by: -8).map { UInt8(truncatingIfNeeded: count >> UInt64($0)) })
            hasher.update(part)
        }
        return hex(hasher.finalize())
    }

    package static func hex(_ digest: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in digest {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
