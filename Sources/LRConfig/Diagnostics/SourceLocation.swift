import LRYAML

/// A 1-based position in a named source (a file path or `<command line>`).
package struct SourceLocation: Sendable, Hashable {
    package var file: String
    package var line: Int
    package var column: Int

    package init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    package init(file: String, mark: Mark) {
        self.init(file: file, line: mark.line, column: mark.column)
    }
}
