import LRConfig

/// Why a bundle cannot be read or written. Every case names the file concerned (its path as
/// given, bundle directory included).
public enum BundleError: Error, Sendable, Equatable, CustomStringConvertible {
    case missingFile(String)
    case unreadable(String, reason: String)
    case invalidJSON(String, JSONParseError)
    case malformed(String, JSONShapeError)
    case unknownFormat(String, found: String)
    case checksumMismatch(String, expected: String, found: String)
    case sizeMismatch(String, expected: Int, found: Int)
    case contentHashMismatch(String, expected: String, found: String)
    case unlistedFile(String)
    case invalidPath(String, listedIn: String)
    case invalidCurve(String, CurveCSVError)
    case notABundle(String)
    case writeFailed(String, reason: String)

    /// The problem, naming the file.
    public var description: String {
        switch self {
        case .missingFile(let path):
            "\(path): missing"
        case .unreadable(let path, let reason):
            "\(path): cannot be read: \(reason)"
        case .invalidJSON(let path, let error):
            "\(path):\(error.line):\(error.column): invalid JSON: \(error.message)"
        case .malformed(let path, let error):
            "\(path): \(error)"
        case .unknownFormat(let path, let found):
            "\(path): unknown bundle format \(JSONValue.quote(found)); this lrlab reads \(JSONValue.quote(BundleLayout.format))"
        case .checksumMismatch(let path, let expected, let found):
            "\(path): sha256 mismatch: bundle.json lists \(expected.prefix(12))…, the file has \(found.prefix(12))…"
        case .sizeMismatch(let path, let expected, let found):
            "\(path): size mismatch: bundle.json lists \(expected) bytes, the file has \(found)"
        case .contentHashMismatch(let path, let expected, let found):
            "\(path): content_sha256 \(expected.prefix(12))… does not match the listed files (\(found.prefix(12))…)"
        case .unlistedFile(let path):
            "\(path): not listed in bundle.json"
        case .invalidPath(let path, let manifest):
            "\(manifest): invalid file path \(JSONValue.quote(path))"
        case .invalidCurve(let path, let error):
            "\(path): \(error)"
        case .notABundle(let path):
            "\(path): exists and is not a result bundle; not replacing it"
        case .writeFailed(let path, let reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
