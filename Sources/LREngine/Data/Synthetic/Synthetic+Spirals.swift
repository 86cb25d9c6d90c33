extension Synthetic {
    /// Interleaved spiral arms, one class per arm (scikit-learn has no spiral generator).
    ///
    /// Arm `k` of `classes` holds `samples / classes` points (the first `samples % classes`
    /// arms one more); its point `i` of `m` sits at radius `r = (i + 1) / m` and angle
    /// `2πk / classes + 3π r` (one and a half turns), i.e. `(r cos θ, r sin θ)`. As for
    /// `moons`, the rows are then permuted by one permutation and `N(0, noise²)` is added to
    /// every coordinate, row by row.
    public static func spirals(
        samples: Int, classes: Int, noise: Double, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkSpirals(samples: samples, classes: classes, noise: noise)
        var points = [[Double]]()
        var labels = [Int]()
        for (arm, size) in groupSizes(samples, groups: classes).enumerated() {
            let offset = 2 * Double.pi * Double(arm) / Double(classes)
            for i in 0..<size {
                let radius = Double(i + 1) / Double(size)
                let angle = offset + 3 * Double.pi * radius
                points.append([radius * DataMath.cos(angle), radius * DataMath.sin(angle)])
                labels.append(arm)
            }
        }
        var (rows, targets) = shuffled(points, labels, stream: &stream)
        addNoise(&rows, noise, stream: &stream)
        return classification(rows, targets, classes: classes, names: featureNames(2))
    }

    /// The settings `spirals` refuses.
    static func checkSpirals(samples: Int, classes: Int, noise: Double) throws(DataError) {
        try checkSamples(samples, minimum: 2)
        try checkNoise(noise)
        guard classes >= 2, classes <= samples else {
            throw .invalidArgument("'classes' must be between 2 and 'samples', got \(classes)")
        }
    }
}
