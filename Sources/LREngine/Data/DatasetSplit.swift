/// A dataset cut into disjoint training, validation and test parts, which share their
/// feature columns and task (checked on construction).
public struct DatasetSplit: Sendable, Equatable {
    public private(set) var train: Dataset
    public private(set) var validation: Dataset
    public private(set) var test: Dataset

    /// Parts made elsewhere; throws when their features or tasks differ.
    public init(train: Dataset, validation: Dataset, test: Dataset) throws(DataError) {
        for part in [validation, test] {
            guard part.featureNames == train.featureNames, part.task == train.task else {
                throw .invalid("the parts of a split must have the same features and task")
            }
            if case .values(let values) = part.targets, case .values(let trainValues) = train.targets,
                values.columns != trainValues.columns
            {
                throw .invalid("the parts of a split must have the same target columns")
            }
        }
        self.train = train
        self.validation = validation
        self.test = test
    }

    /// Splits `dataset` by one permutation of its rows drawn from `stream` (the trial's
    /// `split` stream).
    ///
    /// Sizes follow `SplitFractions.sizes(for:)` (floors for validation and test, the
    /// remainder to train). The first `train` positions of the permutation form the training
    /// part, the next `validation` the validation part, the last `test` the test part; each
    /// part keeps the permuted order. Not stratified. Throws when the training part would be
    /// empty.
    public init(_ dataset: Dataset, fractions: SplitFractions, stream: inout RandomStream) throws(DataError) {
        let sizes = fractions.sizes(for: dataset.count)
        guard sizes.train >= 1 else {
            throw .invalidArgument("the training part is empty (\(dataset.count) samples)")
        }
        let order = stream.permutation(dataset.count)
        let validationEnd = sizes.train + sizes.validation
        train = dataset.subset(Array(order[0..<sizes.train]))
        validation = dataset.subset(Array(order[sizes.train..<validationEnd]))
        test = dataset.subset(Array(order[validationEnd...]))
    }

    /// All three parts standardised with a `Standardizer` fitted on the training part only.
    public func standardized() -> (split: DatasetSplit, standardizer: Standardizer) {
        let standardizer = Standardizer(fittedOn: train.features)
        var result = self
        result.train.replaceFeatures(standardizer.apply(train.features))
        result.validation.replaceFeatures(standardizer.apply(validation.features))
        result.test.replaceFeatures(standardizer.apply(test.features))
        return (result, standardizer)
    }
}
