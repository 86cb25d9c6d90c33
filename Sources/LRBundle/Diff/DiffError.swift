import LRConfig

/// Why `lrlab diff` cannot compare (exit 2).
public enum DiffError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A damaged bundle; the message names the file.
    case bundle(String)
    case notARepository(String)
    case unknownRevision(String)
    case git(String)
    case usage(String)
    /// A bundle the arguments name exists on neither side.
    case notFound(String)
    /// A git tree entry lrlab refuses to read: a path that could leave the scratch directory
    /// (`..`, `.`, empty or control characters), a symbolic link or a submodule.
    case unsafeTreeEntry(commit: String, path: String, reason: String)
    /// An output file (the HTML curve overlay) could not be written.
    case cannotWrite(path: String, reason: String)

    /// The reason, as `lrlab diff` prints it.
    public var description: String {
        switch self {
        case .bundle(let message): message
        case .notARepository(let directory): "\(directory): not a git repository"
        case .unknownRevision(let revision): "unknown revision \(JSONValue.quote(revision))"
        case .git(let message): "git: \(message)"
        case .usage(let message): message
        case .notFound(let path): "\(path): no bundle on either side"
        case .unsafeTreeEntry(let commit, let path, let reason):
            "commit \(commit) holds \(JSONValue.quote(path)): \(reason); refusing to read it"
        case .cannotWrite(let path, let reason): "\(path): cannot write: \(reason)"
        }
    }
}
