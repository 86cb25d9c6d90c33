/// The shares of a dataset that go to training, validation and test.
public struct SplitFractions: Sendable, Equatable {
    public var train: Double
    public var validation: Double
    public var test: Double

    /// Fractions that must each lie in [0, 1] and sum to 1 (within 1e-9); `train` must be
    /// positive. A validation or test share of 0 is allowed and leaves that part empty.
    public init(train: Double, validation: Double, test: Double) throws(DataError) {
        for (name, value) in [("train", train), ("validation", validation), ("test", test)] {
            guard value.isFinite, value >= 0, value <= 1 else {
                throw .invalidArgument("'split.\(name)' must be in [0, 1], got \(value)")
            }
        }
        guard train > 0 else { throw .invalidArgument("'split.train' must be positive, got \(train)") }
        let total = train + validation + test
        guard abs(total - 1) <= 1e-9 else {
            throw .invalidArgument("split fractions must sum to 1, got \(total)")
        }
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// Part sizes for `count` samples: validation `⌊count·validation⌋`, test `⌊count·test⌋`,
    /// and train the rest, so rounding never loses a sample and train gets the remainder.
    public func sizes(for count: Int) -> (train: Int, validation: Int, test: Int) {
        let validationCount = Int((Double(count) * validation).rounded(.down))
        let testCount = Int((Double(count) * test).rounded(.down))
        return (count - validationCount - testCount, validationCount, testCount)
    }
}
