/// A `curve.csv` that `CurveCSV` did not write.
public struct CurveCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    package var line: Int
    package var message: String

    public var description: String { "line \(line): \(message)" }
}
