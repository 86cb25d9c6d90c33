/// The size of a dataset, known without building it: enough to size a model and its buffers.
public struct DatasetShape: Sendable, Equatable {
    public var samples: Int
    public var features: Int
    /// The number of classes; nil for a regression (one target column).
    public var classes: Int?

    public init(samples: Int, features: Int, classes: Int?) {
        self.samples = samples
        self.features = features
        self.classes = classes
    }
}
