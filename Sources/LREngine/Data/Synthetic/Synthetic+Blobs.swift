extension Synthetic {
    /// Isotropic Gaussian clusters, as scikit-learn's `make_blobs(n_samples, n_features,
    /// centers=classes, cluster_std=noise, center_box=(-10, 10))`.
    ///
    /// Draws, in order: the centres, uniform on [-10, 10) (`classes × features`, row by row);
    /// each cluster's points `N(centre, noise²)` (cluster 0 first, `samples / classes` points
    /// each, the first `samples % classes` clusters one more); one permutation of the rows.
    /// Labels are the cluster indices.
    public static func blobs(
        samples: Int, features: Int, classes: Int, noise: Double, stream: inout RandomStream
    ) throws(DataError) -> Dataset {
        try checkBlobs(samples: samples, features: features, classes: classes, noise: noise)
        var centres = [[Double]]()
        for _ in 0..<classes {
            centres.append((0..<features).map { _ in stream.uniform(-10, 10) })
        }
        var points = [[Double]]()
        var labels = [Int]()
        points.reserveCapacity(samples)
        labels.reserveCapacity(samples)
        for (label, size) in groupSizes(samples, groups: classes).enumerated() {
            for _ in 0..<size {
                points.append(centres[label].map { $0 + noise * stream.normal() })
                labels.append(label)
            }
        }
        let (rows, targets) = shuffled(points, labels, stream: &stream)
        return classification(rows, targets, classes: classes, names: featureNames(features))
    }

    /// The settings `blobs` refuses.
    static func checkBlobs(samples: Int, features: Int, classes: Int, noise: Double) throws(DataError) {
        try checkSamples(samples, features: features)
        try checkNoise(noise)
        guard classes >= 1, classes <= samples else {
            throw .invalidArgument("'classes' must be between 1 and 'samples', got \(classes)")
        }
    }
}
