import LRConfig
import LREngine

/// What describes a prepared data set, for summaries and reports (the type itself, the split
/// and standardised dataset, lives beside the loaders in `Data/PreparedData.swift`).
extension PreparedData {
    /// Input columns.
    package var featureCount: Int { split.train.features.columns }

    /// Feature names, as the source or file gives them.
    package var featureNames: [String] { split.train.featureNames }

    /// Classes of a classification, nil for a regression.
    package var classCount: Int? { split.train.task.classCount }

    /// Whether the targets are classes (accuracy applies).
    package var isClassification: Bool { classCount != nil }

    /// Examples in the training, validation and test parts.
    package var counts: (train: Int, validation: Int, test: Int) {
        (split.train.count, split.validation.count, split.test.count)
    }

    /// One line, e.g. `150 examples (105 train, 22 validation, 23 test), 4 features, 3 classes,
    /// standardised`.
    package var summary: String {
        let (train, validation, test) = counts
        let total = train + validation + test
        let task = classCount.map { "\($0) classes" } ?? "regression"
        let scaled = standardizer == nil ? "not standardised" : "standardised"
        return "\(total) examples (\(train) train, \(validation) validation, \(test) test), "
            + "\(featureCount) features, \(task), \(scaled)"
    }
}
