/// The points a function model's coordinates passed through: one row of `dimension` values
/// per update, stored flat so recording a row allocates nothing once capacity is reserved.
public struct CoordinatePath: Sendable, Equatable {
    /// Coordinates per row; 0 when nothing is recorded.
    public private(set) var dimension: Int
    /// Row-major values, `dimension` per row, in Double (exactly the Float parameters).
    public private(set) var values: [Double]

    /// An empty path of rows of `dimension` values (0: nothing recorded).
    public init(dimension: Int = 0) {
        self.dimension = max(dimension, 0)
        values = []
    }

    /// The number of rows recorded.
    public var count: Int { dimension == 0 ? 0 : values.count / dimension }

    /// Row `index` (0-based); `index` must be below `count`.
    public subscript(row index: Int) -> ArraySlice<Double> {
        values[(index * dimension)..<((index + 1) * dimension)]
    }

    mutating func reserveCapacity(rows: Int) {
        let (total, overflow) = max(rows, 0).multipliedReportingOverflow(by: dimension)
        if !overflow { values.reserveCapacity(total) }
    }

    /// Appends the first `dimension` of `parameters` as one row.
    mutating func append(_ parameters: [Float]) {
        for index in 0..<min(dimension, parameters.count) { values.append(Double(parameters[index])) }
    }
}
