extension Synthetic {
    /// Linear regression data: `y = x·w + b + ε`, `x ~ N(0, I)`, `ε ~ N(0, noise²)`.
    ///
    /// Draws, in order: the weights `w_j ~ N(0, 1)` (`features` of them), the bias
    /// `b ~ N(0, 1)`, the inputs (row by row), then each sample's noise.
    public static func linear(
        samples: Int, features: Int, noise: Double, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkSamples(samples, features: features)
        try checkNoise(noise)
        let weights = (0..<features).map { _ in stream.normal() }
        let bias = stream.normal()
        var points = [[Double]]()
        points.reserveCapacity(samples)
        for _ in 0..<samples {
            points.append((0..<features).map { _ in stream.normal() })
        }
        var values = [Double]()
        values.reserveCapacity(samples)
        for point in points {
            var sum = bias
            for (x, w) in zip(point, weights) { sum += x * w }
            values.append(sum + noise * stream.normal())
        }
        return regression(points, values, names: featureNames(features))
    }
}
