import Testing
@testable import LREngine

/// A classification dataset whose single feature is the row index, so parts can be traced back.
func indexedDataset(_ count: Int) throws -> Dataset {
    let features = Matrix(rows: count, columns: 2, storage: (0..<count).flatMap { [Float($0), Float($0 % 7)] })
    return try Dataset(
        features: features, targets: .classes((0..<count).map { $0 % 3 }),
        featureNames: ["index", "mod7"], task: .classification(classCount: 3))
}

func rowIndices(_ dataset: Dataset) -> [Int] {
    (0..<dataset.count).map { Int(dataset.features[$0, 0]) }
}

@Suite("train/validation/test split and standardisation")
struct SplitTests {
    @Test(arguments: [
        (101, 0.7, 0.15, 0.15, 71, 15, 15),
        (10, 0.85, 0.0, 0.15, 9, 0, 1),
        (150, 0.85, 0.0, 0.15, 128, 0, 22),
        (7, 1.0, 0.0, 0.0, 7, 0, 0),
    ])
    func sizesFloorWithRemainderToTrain(
        count: Int, train: Double, validation: Double, test: Double,
        trainCount: Int, validationCount: Int, testCount: Int
    ) throws {
        let fractions = try SplitFractions(train: train, validation: validation, test: test)
        let sizes = fractions.sizes(for: count)
        #expect(sizes.train == trainCount && sizes.validation == validationCount && sizes.test == testCount)
    }

    @Test func partsAreDisjointAndCoverEverything() throws {
        let data = try indexedDataset(101)
        var stream = RandomStream(root: 3, name: "split")
        let split = try DatasetSplit(data, fractions: SplitFractions(train: 0.7, validation: 0.15, test: 0.15), stream: &stream)
        let parts = [split.train, split.validation, split.test].map(rowIndices)
        #expect(parts.map(\.count) == [71, 15, 15])
        #expect(parts.joined().sorted() == Array(0..<101))
        // Targets travel with their rows.
        for part in [split.train, split.validation, split.test] {
            for row in 0..<part.count {
                #expect(labels(part)[row] == Int(part.features[row, 0]) % 3)
            }
        }
        // Shuffled, not a prefix of the original order.
        #expect(parts[0] != Array(0..<71))
    }

    @Test func splitIsReproducible() throws {
        let data = try indexedDataset(60)
        let fractions = try SplitFractions(train: 0.6, validation: 0.2, test: 0.2)
        var a = RandomStream(root: 5, name: "split"), b = RandomStream(root: 5, name: "split")
        var c = RandomStream(root: 6, name: "split")
        let first = try DatasetSplit(data, fractions: fractions, stream: &a)
        #expect(first == (try DatasetSplit(data, fractions: fractions, stream: &b)))
        #expect(first != (try DatasetSplit(data, fractions: fractions, stream: &c)))
    }

    @Test func badFractionsThrow() {
        #expect(throws: DataError.self) { try SplitFractions(train: 0.5, validation: 0.2, test: 0.2) }
        #expect(throws: DataError.self) { try SplitFractions(train: 0, validation: 0.5, test: 0.5) }
        #expect(throws: DataError.self) { try SplitFractions(train: 1.2, validation: -0.2, test: 0) }
        #expect(throws: DataError.self) { try SplitFractions(train: .nan, validation: 0, test: 0) }
    }

    @Test func emptyTrainingPartThrows() throws {
        let data = try indexedDataset(1)
        var stream = RandomStream(seed: 1)
        let fractions = try SplitFractions(train: 0.5, validation: 0.5, test: 0)
        // floor(0.5) = 0 for validation, so the one sample trains: allowed.
        #expect(try DatasetSplit(data, fractions: fractions, stream: &stream).train.count == 1)
        let empty = try Dataset(features: Matrix(rows: 0, columns: 2), targets: .classes([]),
            featureNames: ["a", "b"], task: .classification(classCount: 1))
        #expect(throws: DataError.self) { try DatasetSplit(empty, fractions: fractions, stream: &stream) }
    }

    @Test func standardiserIsFittedOnTrainingOnly() throws {
        var dataStream = RandomStream(root: 2, name: "data")
        let data = try Synthetic.purchases(samples: 500, features: 8, noise: 0, stream: &dataStream)
        var splitStream = RandomStream(root: 2, name: "split")
        let split = try DatasetSplit(data, fractions: SplitFractions(train: 0.6, validation: 0.2, test: 0.2), stream: &splitStream)
        let (scaled, standardizer) = split.standardized()
        for column in 0..<data.features.columns {
            let train = (0..<split.train.count).map { Double(split.train.features[$0, column]) }
            let mean = train.reduce(0, +) / Double(train.count)
            let std = (train.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(train.count)).squareRoot()
            #expect(abs(standardizer.mean[column] - mean) <= 1e-9 * max(1, abs(mean)))
            #expect(abs(standardizer.scale[column] - std) <= 1e-9 * max(1, std))
            // The standardised training part has mean 0 and standard deviation 1.
            let z = (0..<scaled.train.count).map { Double(scaled.train.features[$0, column]) }
            let zMean = z.reduce(0, +) / Double(z.count)
            let zVar = z.map { ($0 - zMean) * ($0 - zMean) }.reduce(0, +) / Double(z.count)
            #expect(abs(zMean) < 1e-5 && abs(zVar - 1) < 1e-4)
        }
        // Validation and test are transformed with the training statistics, not their own.
        let column = 3
        let raw = split.test.features[0, column], scaledValue = scaled.test.features[0, column]
        let expected = (Double(raw) - standardizer.mean[column]) / standardizer.scale[column]
        #expect(abs(Double(scaledValue) - expected) < 1e-5)
        let testOnly = Standardizer(fittedOn: split.test.features)
        #expect(testOnly.mean[column] != standardizer.mean[column])
        #expect(scaled.test.targets == split.test.targets)
    }

    @Test func constantFeatureIsOnlyCentred() throws {
        let matrix = Matrix(rows: 3, columns: 2, storage: [0.1, 1, 0.1, 2, 0.1, 3])
        let standardizer = Standardizer(fittedOn: matrix)
        #expect(standardizer.scale[0] == 1)
        let scaled = try standardizer.transform(matrix)
        #expect((0..<3).allSatisfy { abs(scaled[$0, 0]) < 1e-7 })
        #expect(abs(standardizer.scale[1] - (2.0 / 3).squareRoot()) < 1e-12)
    }

    @Test func transformChecksTheColumnCount() {
        let standardizer = Standardizer(fittedOn: Matrix(rows: 2, columns: 2, storage: [1, 2, 3, 4]))
        #expect(throws: DataError.self) { try standardizer.transform(Matrix(rows: 1, columns: 3)) }
    }

    @Test func partsMustAgree() throws {
        let data = try indexedDataset(10)
        let other = try Dataset(
            features: Matrix(rows: 1, columns: 1), targets: .classes([0]), featureNames: ["z"],
            task: .classification(classCount: 3))
        #expect(throws: DataError.self) { try DatasetSplit(train: data, validation: other, test: data.subset([])) }
        let split = try DatasetSplit(train: data.subset([0, 1]), validation: data.subset([]), test: data.subset([2]))
        #expect(split.test.count == 1)
    }
}
