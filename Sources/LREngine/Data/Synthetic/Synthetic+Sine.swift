extension Synthetic {
    /// Non-linear regression data: `y = Σ_j sin(x_j) + ε`, `x ~ U[-π, π)^features`,
    /// `ε ~ N(0, noise²)`; with one feature, a noisy sine wave.
    ///
    /// Draws, in order: the inputs (row by row), then each sample's noise.
    public static func sine(
        samples: Int, features: Int, noise: Double, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkSamples(samples, features: features)
        try checkNoise(noise)
        var points = [[Double]]()
        points.reserveCapacity(samples)
        for _ in 0..<samples {
            points.append((0..<features).map { _ in stream.uniform(-Double.pi, Double.pi) })
        }
        var values = [Double]()
        values.reserveCapacity(samples)
        for point in points {
            var sum = 0.0
            for x in point { sum += DataMath.sin(x) }
            values.append(sum + noise * stream.normal())
        }
        return regression(points, values, names: featureNames(features))
    }
}
