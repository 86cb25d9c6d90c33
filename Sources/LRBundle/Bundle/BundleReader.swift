import Foundation
import LRConfig

/// Reads a bundle directory and checks it: the format, every listed file's size and SHA-256,
/// the content hash, and that no file is unlisted. Each problem is a `BundleError` naming
/// the file.
public enum BundleReader {
    /// Reads the bundle in `directory` and verifies it.
    ///
    /// - Throws: ``BundleError`` naming the file that is missing, damaged, unlisted or of an
    ///   unknown format; a bundle edited by hand fails here.
    public static func read(_ directory: String) throws(BundleError) -> ResultBundle {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .missingFile(directory)
        }
        let manifestPath = join(directory, BundleLayout.manifest)
        let manifestJSON = try json(at: manifestPath)
        if let format = manifestJSON["format"]?.stringValue, format != BundleLayout.format {
            throw .unknownFormat(manifestPath, found: format)
        }
        let manifest: BundleManifest
        do { manifest = try BundleManifest(reading: JSONReader(manifestJSON)) } catch { throw .malformed(manifestPath, error) }

        let listedBytes = manifest.files.reduce(0) { $0 &+ max(0, $1.size) }
        guard manifest.files.allSatisfy({ $0.size >= 0 && $0.size <= maxFileBytes }), listedBytes <= maxBundleBytes else {
            throw .unreadable(manifestPath, reason: "lists more than \(maxFileBytes) bytes in a file or \(maxBundleBytes) in all")
        }
        for file in manifest.files {
            guard BundleContent.isSafe(file.path), file.path != BundleLayout.manifest, file.path != BundleLayout.provenance
            else { throw .invalidPath(file.path, listedIn: manifestPath) }
            try checkNoLinkedDirectories(directory, file.path)
            let path = join(directory, file.path)
            let sha = try sha256(at: path, size: file.size)
            guard sha == file.sha256 else { throw .checksumMismatch(path, expected: file.sha256, found: sha) }
        }
        let contentHash = BundleFile.contentHash(manifest.files)
        guard contentHash == manifest.contentSHA256 else {
            throw .contentHashMismatch(manifestPath, expected: manifest.contentSHA256, found: contentHash)
        }
        for required in [BundleLayout.config, BundleLayout.metrics]
        where !manifest.files.contains(where: { $0.path == required }) {
            throw .missingFile(join(directory, required))
        }
        if let config = manifest.files.first(where: { $0.path == BundleLayout.config }), config.sha256 != manifest.configSHA256 {
            throw .checksumMismatch(join(directory, BundleLayout.config), expected: manifest.configSHA256, found: config.sha256)
        }
        try checkNothingUnlisted(directory, manifest)

        let metricsPath = join(directory, BundleLayout.metrics)
        let metricsJSON = try json(at: metricsPath)
        let metrics: BundleMetrics
        do { metrics = try BundleMetrics(reading: JSONReader(metricsJSON)) } catch { throw .malformed(metricsPath, error) }
        try checkTrials(metrics, manifest, metricsPath: metricsPath, manifestPath: manifestPath)
        return ResultBundle(
            directory: directory, manifest: manifest, metrics: metrics,
            config: try text(at: join(directory, BundleLayout.config)),
            provenance: try json(at: join(directory, BundleLayout.provenance)))
    }

    /// Trial ids name directories (`trials/<id>/`), so each must be a plain name (lowercase
    /// letters, digits, `_`, `-`; at most 64) and unique; the manifest's count must match.
    package static func checkTrials(
        _ metrics: BundleMetrics, _ manifest: BundleManifest, metricsPath: String, manifestPath: String
    ) throws(BundleError) {
        var seen = Set<String>()
        for trial in metrics.trials {
            guard isPlainTrialID(trial.id) else {
                throw .unreadable(metricsPath, reason: "trial id \(JSONValue.quote(trial.id)) is not a plain name")
            }
            guard seen.insert(trial.id).inserted else {
                throw .unreadable(metricsPath, reason: "trial id \(JSONValue.quote(trial.id)) appears twice")
            }
        }
        guard manifest.trialCount == metrics.trials.count else {
            throw .unreadable(manifestPath, reason: "trial_count is \(manifest.trialCount) but metrics.json lists \(metrics.trials.count) trials")
        }
    }

    package static func isPlainTrialID(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= 64, first != UInt8(ascii: "-"), first != UInt8(ascii: "_") else { return false }
        return bytes.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2D }
    }

    /// Every regular file under `directory` must be listed (hidden files aside).
    package static func checkNothingUnlisted(_ directory: String, _ manifest: BundleManifest) throws(BundleError) {
        let listed = Set(manifest.files.map(\.path) + [BundleLayout.manifest, BundleLayout.provenance])
        guard let enumerator = FileManager.default.enumerator(atPath: directory) else {
            throw .unreadable(directory, reason: "cannot list the directory")
        }
        var unlisted: [String] = []
        while let path = enumerator.nextObject() as? String {
            let name = (path as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: join(directory, path), isDirectory: &isDirectory)
            if !isDirectory.boolValue && !listed.contains(path) { unlisted.append(path) }
        }
        if let first = unlisted.min(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            throw .unlistedFile(join(directory, first))
        }
    }

    package static func json(at path: String) throws(BundleError) -> JSONValue {
        let bytes = try self.bytes(at: path)
        do { return try JSONValue.parse(bytes) } catch { throw .invalidJSON(path, error) }
    }

    package static func text(at path: String) throws(BundleError) -> String {
        let bytes = try self.bytes(at: path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .unreadable(path, reason: "not UTF-8 text") }
        return text
    }

    /// Caps on what a bundle may make lrlab read, checked before reading: a bundle is committed
    /// by anyone, and lrlab's own largest bundle file is a few hundred kilobytes.
    package static let maxFileBytes = 128 << 20
    package static let maxBundleBytes = 512 << 20

    /// The bytes of a regular file of at most ``maxFileBytes``: never through a symbolic link
    /// (`O_NOFOLLOW`), never a device or FIFO.
    package static func bytes(at path: String) throws(BundleError) -> [UInt8] {
        try withRegularFile(at: path) { descriptor, size throws(BundleError) in
            var bytes = [UInt8](repeating: 0, count: size)
            var count = 0
            while count < bytes.count {
                let n = bytes.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress! + count, $0.count - count) }
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { throw .unreadable(path, reason: n == 0 ? "the file shrank while being read" : String(cString: strerror(errno))) }
                count += n
            }
            return bytes
        }
    }

    /// The SHA-256 of the regular file at `path`, which must be `size` bytes: the size is
    /// compared before anything is read, and the file is hashed 64 KiB at a time, so checking
    /// a bundle never holds a whole file in memory.
    package static func sha256(at path: String, size: Int) throws(BundleError) -> String {
        try withRegularFile(at: path) { descriptor, found throws(BundleError) in
            guard found == size else { throw .sizeMismatch(path, expected: size, found: found) }
            var hash = SHA256()
            var chunk = [UInt8](repeating: 0, count: 64 << 10)
            var count = 0
            while true {
                let n = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress!, $0.count) }
                if n < 0, errno == EINTR { continue }
                guard n >= 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
                if n == 0 { break }
                count += n
                guard count <= size else { throw .unreadable(path, reason: "the file grew while being read") }
                hash.update(chunk[0..<n])
            }
            guard count == size else { throw .unreadable(path, reason: "the file shrank while being read") }
            return ContentHash.hex(hash.finalize())
        }
    }

    /// Opens `path` as a regular file of at most ``maxFileBytes`` (no symbolic link, device
    /// or FIFO) and gives `body` the descriptor and the file's size.
    private static func withRegularFile<T>(
        at path: String, _ body: (Int32, Int) throws(BundleError) -> T
    ) throws(BundleError) -> T {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            switch errno {
            case ENOENT, ENOTDIR: throw .missingFile(path)
            case ELOOP: throw .unreadable(path, reason: "a symbolic link; bundles hold regular files only")
            case EACCES: throw .unreadable(path, reason: "permission denied")
            default: throw .unreadable(path, reason: String(cString: strerror(errno)))
            }
        }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .unreadable(path, reason: String(cString: strerror(errno))) }
        if status.st_mode & S_IFMT == S_IFDIR { throw .missingFile(path) }
        guard status.st_mode & S_IFMT == S_IFREG else { throw .unreadable(path, reason: "not a regular file") }
        guard status.st_size <= maxFileBytes else {
            throw .unreadable(path, reason: "larger than \(maxFileBytes) bytes")
        }
        return try body(descriptor, Int(status.st_size))
    }

    /// Every directory between `directory` and the listed file `relative` must be a real
    /// directory, not a symbolic link leading out of the bundle.
    package static func checkNoLinkedDirectories(_ directory: String, _ relative: String) throws(BundleError) {
        var prefix = directory
        for part in relative.split(separator: "/").dropLast() {
            prefix = join(prefix, String(part))
            var status = stat()
            if lstat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
                throw .unreadable(prefix, reason: "a symbolic link; bundles hold regular files only")
            }
        }
    }

    /// `directory/path`, without doubling a trailing slash.
    package static func join(_ directory: String, _ path: String) -> String {
        directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
