/// The fuzz input's file list: `=== relative/path` lines, each followed by the file's bytes.
/// Paths are kept to plain relative names (letters, digits, `._-`, `/`, no `.`/`..`
/// components, at most four deep) so the fuzz target itself never writes outside its scratch
/// directory; a later duplicate replaces an earlier file.
enum BundleArchive {
    static let header = Array("=== ".utf8)

    static func files(_ bytes: [UInt8]) -> [(path: String, bytes: [UInt8])] {
        var files: [(path: String, bytes: [UInt8])] = []
        var path: String?
        var lines: [ArraySlice<UInt8>] = []
        func finish() {
            if let path { files.append((path, Array(lines.joined(separator: [0x0A])))) }
        }
        for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
            if line.starts(with: header), let next = safePath(Array(line.dropFirst(header.count))) {
                finish()
                path = next
                lines = []
            } else if path != nil {
                lines.append(line)
            }
        }
        finish()
        // A path that is also another's directory can't be both: keep the deeper one.
        return files.filter { file in !files.contains { $0.path.hasPrefix(file.path + "/") } }
    }

    static func safePath(_ bytes: [UInt8]) -> String? {
        let allowed = Set(Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-/".utf8))
        guard !bytes.isEmpty, bytes.count <= 128, bytes.allSatisfy(allowed.contains) else { return nil }
        let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        guard parts.count <= 4, parts.allSatisfy({ !$0.isEmpty && $0 != [0x2E] && $0 != [0x2E, 0x2E] }) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
