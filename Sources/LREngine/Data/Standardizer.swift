/// Per-feature z-scores, `(x − mean) / scale`, as scikit-learn's `StandardScaler`.
///
/// `mean` and `scale` come from the data the standardiser is fitted on (the training part,
/// never validation or test); `scale` is the population standard deviation (ddof 0), and a
/// feature with zero variance (up to a rounding residue of 1e-12 of its mean) keeps scale 1,
/// so it is only centred. Sums run in Double, row by row, so the result depends on nothing
/// but the data.
public struct Standardizer: Sendable, Equatable {
    public let mean: [Double]
    public let scale: [Double]

    /// Fits on `matrix` (`[samples, features]`); an empty matrix gives mean 0 and scale 1.
    public init(fittedOn matrix: Matrix) {
        let columns = matrix.columns
        var sums = [Double](repeating: 0, count: columns)
        for row in 0..<matrix.rows {
            for column in 0..<columns { sums[column] += Double(matrix.storage[row * columns + column]) }
        }
        let count = Double(max(matrix.rows, 1))
        let means = matrix.rows == 0 ? sums : sums.map { $0 / count }
        // Two passes (mean, then squared deviations) for accuracy on uncentred features.
        var squares = [Double](repeating: 0, count: columns)
        for row in 0..<matrix.rows {
            for column in 0..<columns {
                let deviation = Double(matrix.storage[row * columns + column]) - means[column]
                squares[column] += deviation * deviation
            }
        }
        mean = means
        scale = zip(squares, means).map { sum, mean in
            let deviation = (sum / count).squareRoot()
            // A constant column can leave a rounding residue in its mean; treat it as zero.
            let constant = deviation == 0 || deviation <= 1e-12 * abs(mean) || !deviation.isFinite
            return constant ? 1 : deviation
        }
    }

    public init(mean: [Double], scale: [Double]) {
        self.mean = mean
        self.scale = scale
    }

    /// `matrix` with every column standardised; throws when its column count differs from
    /// the fit's.
    public func transform(_ matrix: Matrix) throws(DataError) -> Matrix {
        guard matrix.columns == mean.count, mean.count == scale.count else {
            throw .invalid("standardiser fitted on \(mean.count) features applied to \(matrix.columns)")
        }
        return apply(matrix)
    }

    /// `transform` for a matrix known to have the fitted column count.
    func apply(_ matrix: Matrix) -> Matrix {
        var result = matrix
        let columns = matrix.columns
        for row in 0..<matrix.rows {
            for column in 0..<columns {
                let index = row * columns + column
                result.storage[index] = Float((Double(matrix.storage[index]) - mean[column]) / scale[column])
            }
        }
        return result
    }
}
