extension Synthetic {
    /// The XOR problem: points uniform on [-1, 1)², label 1 where exactly one coordinate is
    /// positive (the first and third quadrants are class 0).
    ///
    /// Draws, in order: every point's two coordinates (row by row); then `N(0, noise²)` added
    /// to every coordinate, row by row. Labels come from the clean points, so noise blurs the
    /// boundary without moving it.
    public static func xor(samples: Int, noise: Double, stream: inout RandomStream) throws(DataError) -> Dataset {
        try checkSamples(samples)
        try checkNoise(noise)
        var points = [[Double]]()
        var labels = [Int]()
        for _ in 0..<samples {
            let x = stream.uniform(-1, 1)
            let y = stream.uniform(-1, 1)
            points.append([x, y])
            labels.append((x > 0) != (y > 0) ? 1 : 0)
        }
        addNoise(&points, noise, stream: &stream)
        return classification(points, labels, classes: 2, names: featureNames(2))
    }
}
