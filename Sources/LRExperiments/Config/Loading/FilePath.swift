import Foundation

/// Lexical path helpers for experiment files (no symlink resolution in displayed paths).
enum FilePath {
    /// The directory part of `path` ("" for a bare file name).
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash].isEmpty ? "/" : String(path[..<slash])
    }

    /// `relative` resolved against the directory of `file`, normalised lexically.
    static func resolve(_ relative: String, against file: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        let dir = directory(of: file)
        return normalise(dir.isEmpty ? relative : "\(dir)/\(relative)")
    }

    /// Removes `.` components and folds `dir/..` where possible.
    static func normalise(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// An absolute, symlink-free identity for cycle detection.
    static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The bytes of a file, or a short lowercase reason it cannot be read.
    /// With `probeOnly`, checks that the file exists and is not a directory, reading nothing.
    static func read(_ path: String, probeOnly: Bool = false) -> Result<[UInt8], ReadFailure> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.missing)
        }
        if isDirectory.boolValue { return .failure(.directory) }
        if probeOnly { return .success([]) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.unreadable) }
        return .success([UInt8](data))
    }

    enum ReadFailure: Error {
        case missing, directory, unreadable

        var message: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory"
            case .unreadable: "cannot read the file"
            }
        }
    }
}
