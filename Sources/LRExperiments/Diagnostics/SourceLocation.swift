import LRYAML

/// A 1-based position in a named source (a file path or `<command line>`).
public struct SourceLocation: Sendable, Hashable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    init(file: String, mark: Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }
}
