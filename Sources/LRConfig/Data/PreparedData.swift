import LREngine

/// A trial's data, ready for the trainer: split, one-hot encoded and standardised when asked.
package struct PreparedData: Sendable, Equatable {
    package var split: DatasetSplit
    /// The statistics fitted on the training part; nil when `standardize` is off.
    package var standardizer: Standardizer?
    /// For classification with numeric targets, the original target value of each class index.
    package var classValues: [Double]
    /// For classification with text targets, the name of each class index; empty otherwise.
    package var classNames: [String]
    /// The categories fitted on the training part; nil without categorical columns.
    package var oneHot: OneHotEncoding?

    package init(
        split: DatasetSplit, standardizer: Standardizer?, classValues: [Double], classNames: [String] = [],
        oneHot: OneHotEncoding? = nil
    ) {
        self.split = split
        self.standardizer = standardizer
        self.classValues = classValues
        self.classNames = classNames
        self.oneHot = oneHot
    }
}
