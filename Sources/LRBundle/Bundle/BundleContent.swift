/// One file of a bundle before it is written: its relative path and bytes.
package struct BundleContent: Sendable, Equatable {
    /// Relative to the bundle directory, `/`-separated, without `.` or `..` components.
    package var path: String
    package var bytes: [UInt8]

    package init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    package init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Whether `path` is a plain relative path that stays inside the bundle.
    package static func isSafe(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.isEmpty && !components.contains { $0.isEmpty || $0 == "." || $0 == ".." || $0.contains("\\") }
    }
}
