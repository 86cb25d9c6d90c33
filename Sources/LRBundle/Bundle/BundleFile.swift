import LRConfig

/// One file of a bundle as the manifest lists it.
package struct BundleFile: Sendable, Equatable {
    /// Relative to the bundle directory, `/`-separated.
    package var path: String
    /// SHA-256 of the file's bytes, lowercase hex.
    package var sha256: String
    /// In bytes.
    package var size: Int

    package init(path: String, sha256: String, size: Int) {
        self.path = path
        self.sha256 = sha256
        self.size = size
    }

    /// Describes `bytes` stored at `path`.
    package init(path: String, bytes: [UInt8]) {
        self.init(path: path, sha256: ContentHash.sha256(bytes), size: bytes.count)
    }

    /// Whether `a` sorts before `b` by the UTF-8 bytes of their paths (the manifest's order).
    package static func pathOrder(_ a: BundleFile, _ b: BundleFile) -> Bool {
        a.path.utf8.lexicographicallyPrecedes(b.path.utf8)
    }

    /// The content hash over `files`: SHA-256 of the lines `<sha256>  <path>\n` in path
    /// order, i.e. of what `sha256sum` prints for the files listed in that order.
    package static func contentHash(_ files: [BundleFile]) -> String {
        let lines = files.sorted(by: pathOrder).map { "\($0.sha256)  \($0.path)\n" }.joined()
        return ContentHash.sha256(lines)
    }
}
