/// Seeded synthetic datasets; every generator draws only from the stream it is given
/// (the trial's `data` stream), in a documented order, so a seed pins every value.
///
/// Where scikit-learn has a generator of the same name (`make_blobs`, `make_moons`,
/// `make_circles`) the construction follows its definition, including its order: build the
/// clean points class by class, shuffle the rows with one permutation, then add the noise.
/// The numbers differ from scikit-learn's because the generator does (xoshiro256**, not PCG64).
public enum Synthetic {
    /// The largest `samples × features` a generator accepts, so a typo cannot exhaust memory.
    public static let maximumValues = 50_000_000

    /// Feature names `x0`, `x1`, … as scikit-learn's `get_feature_names_out` writes them.
    static func featureNames(_ count: Int) -> [String] {
        (0..<count).map { "x\($0)" }
    }

    static func checkSamples(_ samples: Int, minimum: Int = 1, features: Int = 1) throws(DataError) {
        guard samples >= minimum else {
            throw .invalidArgument("'samples' must be at least \(minimum), got \(samples)")
        }
        guard features >= 1 else {
            throw .invalidArgument("'features' must be at least 1, got \(features)")
        }
        let (product, overflow) = samples.multipliedReportingOverflow(by: features)
        guard !overflow, product <= maximumValues else {
            throw .invalidArgument("'samples' × 'features' must be at most \(maximumValues)")
        }
    }

    static func checkNoise(_ noise: Double, name: String = "noise") throws(DataError) {
        guard noise.isFinite, noise >= 0 else {
            throw .invalidArgument("'\(name)' must be a finite number ≥ 0, got \(noise)")
        }
    }

    /// `count` points split over `groups` as scikit-learn's `make_blobs` splits samples over
    /// centres: `count / groups` each, the first `count % groups` groups one more.
    static func groupSizes(_ count: Int, groups: Int) -> [Int] {
        (0..<groups).map { count / groups + ($0 < count % groups ? 1 : 0) }
    }

    /// NumPy's `linspace(start, stop, count, endpoint:)`.
    static func linspace(_ start: Double, _ stop: Double, _ count: Int, endpoint: Bool = true) -> [Double] {
        guard count > 0 else { return [] }
        let divisions = endpoint ? count - 1 : count
        guard divisions > 0 else { return [start] }
        let step = (stop - start) / Double(divisions)
        return (0..<count).map { start + Double($0) * step }
    }

    /// Rows and labels reordered by one permutation from `stream` (scikit-learn's `shuffle`).
    static func shuffled(_ points: [[Double]], _ labels: [Int], stream: inout RandomStream) -> ([[Double]], [Int]) {
        let order = stream.permutation(points.count)
        return (order.map { points[$0] }, order.map { labels[$0] })
    }

    /// Adds `N(0, noise²)` to every coordinate, row by row, then column by column.
    static func addNoise(_ points: inout [[Double]], _ noise: Double, stream: inout RandomStream) {
        guard noise > 0 else { return }
        for row in points.indices {
            for column in points[row].indices {
                points[row][column] += noise * stream.normal()
            }
        }
    }

    /// A classification dataset from rows of Double (stored as Float32).
    static func classification(_ points: [[Double]], _ labels: [Int], classes: Int, names: [String]) -> Dataset {
        Dataset(
            unchecked: matrix(points, columns: names.count), targets: .classes(labels),
            featureNames: names, task: .classification(classCount: classes))
    }

    /// A regression dataset with one target column.
    static func regression(_ points: [[Double]], _ values: [Double], names: [String]) -> Dataset {
        let targets = Matrix(rows: values.count, columns: 1, storage: values.map { Float($0) })
        return Dataset(
            unchecked: matrix(points, columns: names.count), targets: .values(targets),
            featureNames: names, task: .regression)
    }

    private static func matrix(_ points: [[Double]], columns: Int) -> Matrix {
        var storage = [Float]()
        storage.reserveCapacity(points.count * columns)
        for point in points {
            for value in point { storage.append(Float(value)) }
        }
        return Matrix(rows: points.count, columns: columns, storage: storage)
    }
}
