/// How the CSV loader reads a file: its dialect (delimiter, header, quotes, decimal mark),
/// which column is the target and what kind it is, which columns are dropped or one-hot
/// encoded, and what a missing value looks like and what happens to its row.
package struct CSVOptions: Sendable, Hashable {
    /// How the target column is interpreted.
    package enum TargetKind: String, Sendable, Hashable, CaseIterable {
        /// Classification when every target is an integer and there are at most
        /// `CSVOptions.maximumAutomaticClasses` distinct values, or when every target is text
        /// (class names); regression otherwise.
        case automatic
        /// Classes: integer targets in ascending order of value, or text targets (class
        /// names) in ascending order of name, remapped to `0..<k`.
        case classification
        /// Real-valued targets, kept as they are; text is an error.
        case regression
    }

    /// What a cell holding one of `missingMarkers` does.
    package enum MissingPolicy: String, Sendable, Hashable, CaseIterable {
        /// It is an error naming the cell.
        case error
        /// Its row is left out (a missing cell in a dropped column does not count).
        case drop
    }

    /// The most distinct integer targets `automatic` still reads as classes.
    package static let maximumAutomaticClasses = 50
    /// The markers of a missing value unless the experiment names others: an empty cell,
    /// `?` (as the UCI repository writes) and `NA` (as R writes).
    package static let defaultMissingMarkers = ["", "?", "NA"]

    /// The header name of the target column (matched exactly, after trimming spaces).
    package var targetColumn: String
    package var targetKind: TargetKind
    /// The field separator: one character, never a quote or a line end.
    package var delimiter: Character
    /// The decimal mark of numbers: `.` or `,` (a `,` needs another delimiter).
    package var decimalMark: Character
    /// Whether the first non-empty line names the columns. Without one, `columns` does.
    package var header: Bool
    /// The column names of a file without a header row, in file order.
    package var columns: [String]?
    /// Columns read as neither feature nor target (their cells are not parsed).
    package var dropped: [String]
    /// Text feature columns one-hot encoded with the categories of the training part.
    package var categorical: [String]
    package var missing: MissingPolicy
    /// Cells (after trimming) that mean "no value".
    package var missingMarkers: [String]

    package init(
        targetColumn: String = "target", targetKind: TargetKind = .automatic, delimiter: Character = ",",
        decimalMark: Character = ".", header: Bool = true, columns: [String]? = nil, dropped: [String] = [],
        categorical: [String] = [], missing: MissingPolicy = .error,
        missingMarkers: [String] = CSVOptions.defaultMissingMarkers
    ) {
        self.targetColumn = targetColumn
        self.targetKind = targetKind
        self.delimiter = delimiter
        self.decimalMark = decimalMark
        self.header = header
        self.columns = columns
        self.dropped = dropped
        self.categorical = categorical
        self.missing = missing
        self.missingMarkers = missingMarkers
    }
}
