import LREngine

/// A dataset read from a file, with what the file called its classes.
public struct LoadedDataset: Sendable, Equatable {
    public var dataset: Dataset
    /// For classification, the original target value of each class index (ascending); empty
    /// for regression.
    public var classValues: [Double]

    public init(dataset: Dataset, classValues: [Double]) {
        self.dataset = dataset
        self.classValues = classValues
    }
}
