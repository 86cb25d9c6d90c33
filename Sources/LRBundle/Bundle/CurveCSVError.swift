/// A `curve.csv` that `CurveCSV` did not write.
package struct CurveCSVError: Error, Sendable, Equatable, CustomStringConvertible {
    package var line: Int
    package var message: String

    package var description: String { "line \(line): \(message)" }
}
