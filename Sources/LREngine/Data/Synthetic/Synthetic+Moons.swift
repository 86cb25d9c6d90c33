extension Synthetic {
    /// Two interleaving half circles, as scikit-learn's `make_moons(n_samples, noise)`.
    ///
    /// The outer moon (label 0) holds `samples / 2` points `(cos t, sin t)` and the inner moon
    /// (label 1) the rest, `(1 − cos t, 1 − sin t − 0.5)`, with `t = linspace(0, π)` over each;
    /// the rows are permuted by one permutation, then `N(0, noise²)` is added to every
    /// coordinate, row by row.
    public static func moons(samples: Int, noise: Double, stream: inout RandomStream) throws(DataError) -> Dataset {
        try checkSamples(samples, minimum: 2)
        try checkNoise(noise)
        let outer = samples / 2
        let inner = samples - outer
        var points = [[Double]]()
        var labels = [Int]()
        for t in linspace(0, Double.pi, outer) {
            points.append([DataMath.cos(t), DataMath.sin(t)])
            labels.append(0)
        }
        for t in linspace(0, Double.pi, inner) {
            points.append([1 - DataMath.cos(t), 1 - DataMath.sin(t) - 0.5])
            labels.append(1)
        }
        var (rows, targets) = shuffled(points, labels, stream: &stream)
        addNoise(&rows, noise, stream: &stream)
        return classification(rows, targets, classes: 2, names: featureNames(2))
    }
}
