/// How long and how training runs (`train:`).
public struct TrainConfig: Sendable, Hashable {
    /// The loss minimised on data models.
    public enum Loss: String, Sendable, CaseIterable {
        case mse, crossEntropy = "cross_entropy", binaryCrossEntropy = "binary_cross_entropy"
    }

    /// A metric recorded during training.
    public enum Metric: String, Sendable, CaseIterable {
        case valLoss = "val_loss", valAccuracy = "val_accuracy", trainLoss = "train_loss"

        /// Whether larger values are better.
        public var isMaximised: Bool { self == .valAccuracy }
    }

    /// Stop when `metric` has not improved by `minDelta` for `patience` evaluations.
    public struct EarlyStopping: Sendable, Hashable {
        public var metric: Metric
        public var patience: Int
        public var minDelta: Double
    }

    /// Passes over the training split (data models).
    public var epochs: Int?
    /// Updates (function models).
    public var steps: Int?
    public var batchSize: Int
    /// The loss; nil means the model's default for the task (the engine chooses: mse for
    /// regression, cross-entropy for classes, binary cross-entropy for a two-class logistic).
    public var loss: Loss?
    /// Clip the global gradient norm to this value.
    public var clipGradNorm: Double?
    public var earlyStopping: EarlyStopping?
    /// A training loss above this counts as divergence (NaN and infinity always do).
    public var divergenceLossAbove: Double?
}
