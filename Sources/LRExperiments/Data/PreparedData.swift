import LREngine

/// A trial's data, ready for the trainer: split, and standardised when asked.
public struct PreparedData: Sendable, Equatable {
    public var split: DatasetSplit
    /// The statistics fitted on the training part; nil when `standardize` is off.
    public var standardizer: Standardizer?
    /// For classification, the original target value of each class index.
    public var classValues: [Double]

    public init(split: DatasetSplit, standardizer: Standardizer?, classValues: [Double]) {
        self.split = split
        self.standardizer = standardizer
        self.classValues = classValues
    }
}
