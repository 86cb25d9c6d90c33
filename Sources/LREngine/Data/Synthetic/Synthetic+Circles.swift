extension Synthetic {
    /// A large circle around a smaller one, as scikit-learn's `make_circles(n_samples, noise,
    /// factor)`.
    ///
    /// The outer circle (label 0, radius 1) holds `samples / 2` points, the inner circle
    /// (label 1, radius `factor`) the rest, each at angles `linspace(0, 2π, endpoint: false)`;
    /// the rows are permuted by one permutation, then `N(0, noise²)` is added to every
    /// coordinate, row by row.
    public static func circles(
        samples: Int, noise: Double, factor: Double = 0.8, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkSamples(samples, minimum: 2)
        try checkNoise(noise)
        guard factor >= 0, factor < 1 else {
            throw .invalidArgument("'factor' must be in [0, 1), got \(factor)")
        }
        let outer = samples / 2
        let inner = samples - outer
        var points = [[Double]]()
        var labels = [Int]()
        for t in linspace(0, 2 * Double.pi, outer, endpoint: false) {
            points.append([DataMath.cos(t), DataMath.sin(t)])
            labels.append(0)
        }
        for t in linspace(0, 2 * Double.pi, inner, endpoint: false) {
            points.append([DataMath.cos(t) * factor, DataMath.sin(t) * factor])
            labels.append(1)
        }
        var (rows, targets) = shuffled(points, labels, stream: &stream)
        addNoise(&rows, noise, stream: &stream)
        return classification(rows, targets, classes: 2, names: featureNames(2))
    }
}
