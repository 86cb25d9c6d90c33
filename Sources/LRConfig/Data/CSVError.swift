/// A CSV file that cannot be read as a dataset, located like a compiler diagnostic.
///
/// `line` is the 1-based line in the file (the header is line 1) and `column` the 1-based
/// field number; both are nil when the error concerns the whole file.
package struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int?
    package var column: Int?
    package var message: String

    package init(file: String, line: Int? = nil, column: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `data/x.csv:12:3: error: expected a number, got "abc"`.
    package var description: String {
        var location = file
        if let line { location += ":\(line)" }
        if let line = line, line > 0, let column { location += ":\(column)" }
        return "\(location): error: \(message)"
    }
}
