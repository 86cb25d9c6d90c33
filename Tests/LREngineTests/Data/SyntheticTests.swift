import Testing
@testable import LREngine

/// The generators by name, so tests can run over all of them.
enum Generator: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case blobs, moons, circles, spirals, xor, purchases, linear, sine

    var testDescription: String { rawValue }

    func make(samples: Int, noise: Double, seed: UInt64) throws -> Dataset {
        var stream = RandomStream(root: seed, name: "data")
        switch self {
        case .blobs: return try Synthetic.blobs(samples: samples, features: 3, classes: 4, noise: noise, stream: &stream)
        case .moons: return try Synthetic.moons(samples: samples, noise: noise, stream: &stream)
        case .circles: return try Synthetic.circles(samples: samples, noise: noise, stream: &stream)
        case .spirals: return try Synthetic.spirals(samples: samples, classes: 3, noise: noise, stream: &stream)
        case .xor: return try Synthetic.xor(samples: samples, noise: noise, stream: &stream)
        case .purchases: return try Synthetic.purchases(samples: samples, features: 8, noise: noise, stream: &stream)
        case .linear: return try Synthetic.linear(samples: samples, features: 3, noise: noise, stream: &stream)
        case .sine: return try Synthetic.sine(samples: samples, features: 1, noise: noise, stream: &stream)
        }
    }

    var expectedColumns: Int {
        switch self {
        case .blobs, .linear: 3
        case .moons, .circles, .spirals, .xor: 2
        case .purchases: 8
        case .sine: 1
        }
    }

    var expectedTask: DatasetTask {
        switch self {
        case .blobs: .classification(classCount: 4)
        case .spirals: .classification(classCount: 3)
        case .moons, .circles, .xor, .purchases: .classification(classCount: 2)
        case .linear, .sine: .regression
        }
    }
}

func labels(_ dataset: Dataset) -> [Int] {
    if case .classes(let labels) = dataset.targets { return labels }
    return []
}

func values(_ dataset: Dataset) -> [Float] {
    if case .values(let matrix) = dataset.targets { return matrix.storage }
    return []
}

func classCounts(_ dataset: Dataset) -> [Int] {
    var counts = [Int](repeating: 0, count: dataset.task.classCount ?? 0)
    for label in labels(dataset) { counts[label] += 1 }
    return counts
}

@Suite("synthetic datasets")
struct SyntheticTests {
    @Test(arguments: Generator.allCases)
    func shapeAndTask(_ generator: Generator) throws {
        let dataset = try generator.make(samples: 301, noise: 0.1, seed: 7)
        #expect(dataset.count == 301)
        #expect(dataset.features.columns == generator.expectedColumns)
        #expect(dataset.features.storage.count == 301 * generator.expectedColumns)
        #expect(dataset.featureNames.count == generator.expectedColumns)
        #expect(dataset.task == generator.expectedTask)
        #expect(dataset.targets.count == 301)
        #expect(dataset.features.storage.allSatisfy { $0.isFinite })
        switch generator.expectedTask {
        case .classification(let classes): #expect(dataset.predictionTask == .classification(classes: classes))
        case .regression: #expect(dataset.predictionTask == .regression(outputs: 1))
        }
    }

    @Test(arguments: Generator.allCases)
    func sameSeedSameData(_ generator: Generator) throws {
        let first = try generator.make(samples: 200, noise: 0.2, seed: 11)
        let second = try generator.make(samples: 200, noise: 0.2, seed: 11)
        let other = try generator.make(samples: 200, noise: 0.2, seed: 12)
        #expect(first == second)
        #expect(first.features != other.features)
    }

    /// First row and target for root seed 42, stream `data`, 100 samples, noise 0.3; pinned
    /// from this implementation, so any change to a generator's draws or their order shows.
    @Test(arguments: [
        (Generator.blobs, [Float(-9.627961), 0.00894957, 6.0473814], Float(2)),
        (.moons, [0.5425891, 0.73799694], 0),
        (.circles, [0.5367584, 0.79925996], 0),
        (.spirals, [-0.4053435, 0.7048933], 0),
        (.xor, [-0.4379835, 0.13374662], 0),
        (.purchases, [4, 4.3384132, 1, 12.509775, 21, 0, 0, 0], 0),
        (.linear, [0.16242856, -1.7318908, -0.47166714], -0.9242749),
        (.sine, [-1.8447462], -0.8143601),
    ])
    func goldenFirstRow(_ generator: Generator, _ expected: [Float], _ target: Float) throws {
        let dataset = try generator.make(samples: 100, noise: 0.3, seed: 42)
        let row = Array(dataset.features.storage[0..<dataset.features.columns])
        #expect(row.count == expected.count)
        for (value, pinned) in zip(row, expected) {
            #expect(abs(value - pinned) <= 1e-6 * max(1, abs(pinned)))
        }
        let first = dataset.task == .regression ? values(dataset)[0] : Float(labels(dataset)[0])
        #expect(abs(first - target) <= 1e-6 * max(1, abs(target)))
    }

    /// Classes as scikit-learn assigns them: `samples / k` each, the first `samples % k` one more.
    @Test func exactClassSizes() throws {
        #expect(classCounts(try Generator.blobs.make(samples: 301, noise: 1, seed: 1)) == [76, 75, 75, 75])
        #expect(classCounts(try Generator.moons.make(samples: 301, noise: 1, seed: 1)) == [150, 151])
        #expect(classCounts(try Generator.circles.make(samples: 301, noise: 1, seed: 1)) == [150, 151])
        #expect(classCounts(try Generator.spirals.make(samples: 301, noise: 1, seed: 1)) == [101, 100, 100])
    }

    @Test func randomClassBalance() throws {
        let xor = classCounts(try Generator.xor.make(samples: 4000, noise: 0, seed: 3))
        #expect(xor[1] > 1800 && xor[1] < 2200)
        let purchases = classCounts(try Generator.purchases.make(samples: 4000, noise: 0, seed: 3))
        #expect(purchases[1] > 1800 && purchases[1] < 2200)
    }

    @Test func moonsAndCirclesWithoutNoiseLieOnTheirCurves() throws {
        let moons = try Generator.moons.make(samples: 50, noise: 0, seed: 5)
        for (row, label) in labels(moons).enumerated() {
            let x = Double(moons.features[row, 0]), y = Double(moons.features[row, 1])
            let radius = label == 0 ? x * x + y * y : (x - 1) * (x - 1) + (y - 0.5) * (y - 0.5)
            #expect(abs(radius - 1) < 1e-5)
            #expect(label == 0 ? y >= -1e-6 : y <= 0.5 + 1e-6)
        }
        let circles = try Generator.circles.make(samples: 50, noise: 0, seed: 5)
        for (row, label) in labels(circles).enumerated() {
            let x = Double(circles.features[row, 0]), y = Double(circles.features[row, 1])
            #expect(abs((x * x + y * y).squareRoot() - (label == 0 ? 1 : 0.8)) < 1e-5)
        }
    }

    @Test func xorLabelsFollowQuadrants() throws {
        let xor = try Generator.xor.make(samples: 200, noise: 0, seed: 9)
        for (row, label) in labels(xor).enumerated() {
            #expect(label == ((xor.features[row, 0] > 0) != (xor.features[row, 1] > 0) ? 1 : 0))
        }
    }

    @Test func regressionWithoutNoiseIsExact() throws {
        let sine = try Generator.sine.make(samples: 100, noise: 0, seed: 4)
        for row in 0..<sine.count {
            let x = sine.features[row, 0]
            #expect(x >= -.pi && x < .pi)
            #expect(abs(Double(values(sine)[row]) - DataMath.sin(Double(x))) < 1e-6)
        }
        // One feature, no noise: every point on one line.
        var stream = RandomStream(root: 4, name: "data")
        let line = try Synthetic.linear(samples: 50, features: 1, noise: 0, stream: &stream)
        let x = line.features.storage.map(Double.init), y = values(line).map(Double.init)
        let slope = (y[1] - y[0]) / (x[1] - x[0])
        for i in 2..<50 {
            #expect(abs((y[i] - y[0]) - slope * (x[i] - x[0])) < 1e-4)
        }
    }

    @Test func purchaseFeaturesHaveTheirDistributions() throws {
        let data = try Generator.purchases.make(samples: 2000, noise: 0.1, seed: 8)
        #expect(data.featureNames == ["visits", "time_on_site", "pages_viewed", "cart_value",
            "days_since_last_purchase", "returning_customer", "discount_code", "mobile"])
        var visitSum = 0.0
        for row in 0..<data.count {
            let visits = data.features[row, 0]
            #expect(visits >= 1 && visits == visits.rounded())
            #expect(data.features[row, 1] > 0 && data.features[row, 3] > 0)
            #expect(data.features[row, 2] >= 1 && data.features[row, 4] >= 0)
            for column in 5..<8 { #expect(data.features[row, column] == 0 || data.features[row, column] == 1) }
            visitSum += Double(visits)
        }
        // 1 + Poisson(4): mean 5, standard error of the mean 0.045 at 2000 samples.
        #expect(abs(visitSum / 2000 - 5) < 0.25)
        // Fewer features: the leading columns and the labels are unchanged.
        var stream = RandomStream(root: 8, name: "data")
        let four = try Synthetic.purchases(samples: 2000, features: 4, noise: 0.1, stream: &stream)
        #expect(four.featureNames == Array(data.featureNames.prefix(4)))
        #expect(four.targets == data.targets)
        #expect((0..<2000).allSatisfy { row in (0..<4).allSatisfy { four.features[row, $0] == data.features[row, $0] } })
    }

    @Test func invalidArgumentsThrow() {
        var stream = RandomStream(seed: 1)
        #expect(throws: DataError.self) { try Synthetic.blobs(samples: 0, features: 2, classes: 3, noise: 1, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.blobs(samples: 10, features: 2, classes: 0, noise: 1, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.blobs(samples: 10, features: 0, classes: 3, noise: 1, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.moons(samples: 10, noise: -1, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.moons(samples: 10, noise: .nan, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.circles(samples: 10, noise: 0, factor: 1, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.spirals(samples: 10, classes: 1, noise: 0, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.purchases(samples: 10, features: 8, noise: 1.5, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.purchases(samples: 10, features: 9, noise: 0, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.purchases(samples: 10, features: 0, noise: 0, stream: &stream) }
        #expect(throws: DataError.self) { try Synthetic.linear(samples: Int.max, features: 2, noise: 0.1, stream: &stream) }
    }

    @Test(arguments: Generator.allCases)
    func registryBuildsTheSameData(_ generator: Generator) throws {
        var stream = RandomStream(root: 11, name: "data")
        let features = generator == .sine ? 1 : 3
        let classes = generator == .spirals ? 3 : 4
        let made = try Synthetic.make(
            generator.rawValue, samples: 200, features: features, classes: classes, noise: 0.2, stream: &stream)
        let expected = try generator.make(samples: 200, noise: 0.2, seed: 11)
        if generator == .purchases {
            #expect(made.featureNames == Array(expected.featureNames.prefix(3)))
            #expect(made.targets == expected.targets)
        } else {
            #expect(made == expected)
        }
        #expect(Synthetic.names.contains(generator.rawValue))
    }

    @Test func registryRejectsUnknownNames() {
        var stream = RandomStream(seed: 1)
        #expect(throws: DataError.invalidArgument("unknown synthetic dataset 'mooons'")) {
            try Synthetic.make("mooons", samples: 10, features: nil, classes: nil, noise: 0, stream: &stream)
        }
    }
}
