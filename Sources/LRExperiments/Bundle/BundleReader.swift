import Foundation

/// Reads a bundle directory and checks it: the format, every listed file's size and SHA-256,
/// the content hash, and that no file is unlisted. Each problem is a `BundleError` naming
/// the file.
public enum BundleReader {
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

        for file in manifest.files {
            guard BundleContent.isSafe(file.path), file.path != BundleLayout.manifest, file.path != BundleLayout.provenance
            else { throw .invalidPath(file.path, listedIn: manifestPath) }
            let path = join(directory, file.path)
            let bytes = try self.bytes(at: path)
            guard bytes.count == file.size else { throw .sizeMismatch(path, expected: file.size, found: bytes.count) }
            let sha = ContentHash.sha256(bytes)
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
        return ResultBundle(
            directory: directory, manifest: manifest, metrics: metrics,
            config: try text(at: join(directory, BundleLayout.config)),
            provenance: try json(at: join(directory, BundleLayout.provenance)))
    }

    /// Every regular file under `directory` must be listed (hidden files aside).
    static func checkNothingUnlisted(_ directory: String, _ manifest: BundleManifest) throws(BundleError) {
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

    static func json(at path: String) throws(BundleError) -> JSONValue {
        let bytes = try self.bytes(at: path)
        do { return try JSONValue.parse(bytes) } catch { throw .invalidJSON(path, error) }
    }

    static func text(at path: String) throws(BundleError) -> String {
        let bytes = try self.bytes(at: path)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw .unreadable(path, reason: "not UTF-8 text") }
        return text
    }

    static func bytes(at path: String) throws(BundleError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .missingFile(path)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path, reason: "permission denied") }
        return Array(data)
    }

    /// `directory/path`, without doubling a trailing slash.
    static func join(_ directory: String, _ path: String) -> String {
        directory.hasSuffix("/") ? directory + path : directory + "/" + path
    }
}
