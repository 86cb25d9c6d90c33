import Foundation

/// Mean, sample standard deviation and count of one metric over a configuration's seeds.
package struct SampleStatistics: Sendable, Equatable {
    /// The metric's name (e.g. `val_loss`).
    package var name: String
    /// Arithmetic mean; nil when n = 0.
    package var mean: Double?
    /// Sample standard deviation (divisor n − 1); nil when n < 2.
    package var std: Double?
    /// Number of values the statistics are over.
    package var n: Int
    /// The values themselves, in trial order.
    package var values: [Double]

    /// Statistics of `values`, summed in the given order so results are reproducible.
    package init(name: String, values: [Double]) {
        self.name = name
        self.values = values
        n = values.count
        guard n > 0 else {
            mean = nil
            std = nil
            return
        }
        var sum = 0.0
        for v in values { sum += v }
        // Equal values have that value as mean and no spread; summing would add rounding.
        let equal = values.allSatisfy { $0 == values[0] }
        let m = equal ? values[0] : sum / Double(n)
        mean = m
        guard n > 1 else {
            std = nil
            return
        }
        var squares = 0.0
        for v in values { squares += (v - m) * (v - m) }
        std = equal ? 0 : (squares / Double(n - 1)).squareRoot()
    }
}
