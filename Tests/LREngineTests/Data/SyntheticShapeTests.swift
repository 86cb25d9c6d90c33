import LREngine
import Testing

/// `Synthetic.shape` states what `make` generates, and refuses what it refuses, without
/// generating anything.
@Suite struct SyntheticShapeTests {
    /// (name, samples, features, classes, noise); nil: a setting the generator does not read
    /// (or sine's one feature).
    static let settings: [(String, Int, Int?, Int?, Double)] = [
        ("blobs", 60, 2, 3, 1), ("blobs", 50, 5, 4, 0.5), ("moons", 30, nil, nil, 0),
        ("circles", 31, nil, nil, 0.1), ("spirals", 40, nil, 3, 0), ("xor", 9, nil, nil, 0),
        ("purchases", 25, 8, nil, 0), ("purchases", 25, 3, nil, 0.2), ("linear", 20, 1, nil, 0.1),
        ("linear", 20, 4, nil, 0), ("sine", 15, nil, nil, 0.1),
    ]

    @Test func theShapeIsTheGeneratedDatasetsShape() throws {
        for (name, samples, features, classes, noise) in Self.settings {
            var stream = RandomStream(root: 7, trial: 0, name: "data")
            let dataset = try Synthetic.make(name, samples: samples, features: features, classes: classes, noise: noise, stream: &stream)
            let shape = try Synthetic.shape(name, samples: samples, features: features, classes: classes, noise: noise)
            #expect(shape == DatasetShape(samples: dataset.count, features: dataset.features.columns,
                                          classes: dataset.task.classCount), "\(name)")
        }
    }

    @Test(arguments: [
        ("purchases", 100, 12, nil, 0), ("purchases", 100, 8, nil, 1.5), ("blobs", 5, 2, 6, 1),
        ("spirals", 10, nil, 1, 0), ("moons", 1, nil, nil, 0), ("linear", 10_000_000, 1000, nil, 0.1),
        ("sine", 10, nil, nil, -1), ("nosuch", 10, nil, nil, 0),
        // A setting the generator reads but was not given: the engine has no defaults.
        ("blobs", 10, nil, 3, 1), ("blobs", 10, 2, nil, 1), ("spirals", 10, nil, nil, 0), ("purchases", 10, nil, nil, 0),
        ("linear", 10, nil, nil, 0.1),
    ] as [(String, Int, Int?, Int?, Double)])
    func refusedSettingsGiveTheGeneratorsError(name: String, samples: Int, features: Int?, classes: Int?, noise: Double) {
        var stream = RandomStream(root: 7, trial: 0, name: "data")
        var generated: DataError?
        do {
            // Refused before anything is generated, so even the oversized case returns at once.
            _ = try Synthetic.make(name, samples: samples, features: features, classes: classes, noise: noise, stream: &stream)
        } catch {
            generated = error
        }
        var stated: DataError?
        do {
            _ = try Synthetic.shape(name, samples: samples, features: features, classes: classes, noise: noise)
        } catch {
            stated = error
        }
        #expect(generated != nil)
        #expect(stated == generated)
    }
}
