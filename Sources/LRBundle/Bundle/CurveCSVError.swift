/// A `curve.csv` that `CurveCSV` did not write.
public struct CurveCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    package var line: Int
    package var message: String

    /// The line and the problem.
    public var description: String { "line \(line): \(message)" }
}
