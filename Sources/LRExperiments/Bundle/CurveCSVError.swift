/// A `curve.csv` that `CurveCSV` did not write.
public struct CurveCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public var description: String { "line \(line): \(message)" }
}
