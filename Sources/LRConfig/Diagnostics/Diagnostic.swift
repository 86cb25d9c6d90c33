/// One located problem in an experiment file, printed like a compiler message.
///
/// `line` and `column` are 1-based; `path` is the dotted key path (`optimizer.lr`) or empty
/// when the problem is not about one key (a syntax error, a missing file).
public struct Diagnostic: Sendable, Hashable {
    /// How serious a diagnostic is; only errors make a file invalid.
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    /// The file, as it was named (the experiment file, a base it `extends:`, or `--set`).
    public var file: String
    /// 1-based; 0 when the problem has no place in a file.
    public var line: Int
    /// 1-based, in characters.
    public var column: Int
    /// Only errors make a file invalid.
    public var severity: Severity
    /// The dotted key path (`optimizer.lr`), empty when the problem is not about one key.
    public var path: String
    /// What is wrong, and where it helps, what would be right.
    public var message: String
    /// The text of the source line the diagnostic points into, when known.
    package var sourceLine: String?

    package init(
        file: String, line: Int, column: Int, severity: Severity = .error, path: String = "",
        message: String, sourceLine: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.path = path
        self.message = message
        self.sourceLine = sourceLine
    }

    /// Builds an error at a source location.
    package init(_ location: SourceLocation, path: String, _ message: String) {
        self.init(
            file: location.file, line: location.line, column: location.column, path: path,
            message: message)
    }

    /// `path: message`, or just the message when there is no path.
    public var text: String { path.isEmpty ? message : "\(path): \(message)" }
}
