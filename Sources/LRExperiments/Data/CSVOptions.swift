/// How the CSV loader reads a file: which column is the target and what kind it is.
public struct CSVOptions: Sendable, Equatable {
    /// How the target column is interpreted.
    public enum TargetKind: Sendable, Equatable {
        /// Classification when every target is an integer and there are at most
        /// `CSVOptions.maximumAutomaticClasses` distinct values; regression otherwise.
        case automatic
        /// Integer targets, remapped to classes `0..<k` in ascending order of their values.
        case classification
        /// Real-valued targets, kept as they are.
        case regression
    }

    /// The most distinct integer targets `automatic` still reads as classes.
    public static let maximumAutomaticClasses = 50

    /// The header name of the target column (matched exactly, after trimming spaces).
    public var targetColumn: String
    public var targetKind: TargetKind

    public init(targetColumn: String = "target", targetKind: TargetKind = .automatic) {
        self.targetColumn = targetColumn
        self.targetKind = targetKind
    }
}
