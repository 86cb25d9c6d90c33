import Foundation
import LRYAML

/// Lexical path helpers for experiment files (no symlink resolution in displayed paths).
package enum FilePath {
    /// The directory part of `path` ("" for a bare file name).
    package static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return path[..<slash].isEmpty ? "/" : String(path[..<slash])
    }

    /// `relative` resolved against the directory of `file`, normalised lexically.
    package static func resolve(_ relative: String, against file: String) -> String {
        if relative.hasPrefix("/") { return normalise(relative) }
        let dir = directory(of: file)
        return normalise(dir.isEmpty ? relative : "\(dir)/\(relative)")
    }

    /// Removes `.` components and folds `dir/..` where possible.
    package static func normalise(_ path: String) -> String {
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
    package static func identity(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The bytes of a regular file of at most `limit` bytes, or a short lowercase reason it
    /// cannot be read. With `probeOnly`, checks that the file exists and is not a directory,
    /// reading nothing. Devices, FIFOs and sockets are refused without blocking on them.
    package static func read(_ path: String, probeOnly: Bool = false, limit: Int = YAMLLimits.default.maxInputBytes)
        -> Result<[UInt8], ReadFailure>
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.missing)
        }
        if isDirectory.boolValue { return .failure(.directory) }
        if probeOnly { return .success([]) }
        // O_NONBLOCK: opening a FIFO for reading must not wait for a writer.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.unreadable) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return .failure(.unreadable) }
        guard status.st_mode & S_IFMT == S_IFREG else { return .failure(.notRegular) }
        guard status.st_size <= limit else { return .failure(.tooLarge(limit)) }
        // Room for one byte more than fstat reported, grown up to one past the limit: a file
        // longer than its stated size (procfs) or growing while read is still bounded.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let n = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
            if n < 0, errno == EINTR { continue }
            if n < 0 { return .failure(.unreadable) }
            if n == 0 { break }
            count += n
            if count == bytes.count, count <= limit { bytes += [UInt8](repeating: 0, count: min(bytes.count, limit + 1 - count)) }
        }
        guard count <= limit else { return .failure(.tooLarge(limit)) }
        return .success(Array(bytes[..<count]))
    }

    package enum ReadFailure: Error, Equatable {
        case missing, directory, unreadable, notRegular
        case tooLarge(Int)

        var message: String {
            switch self {
            case .missing: "no such file"
            case .directory: "is a directory"
            case .unreadable: "cannot read the file"
            case .notRegular: "not a regular file"
            case .tooLarge(let limit): "file is larger than \(limit) bytes"
            }
        }
    }
}
