/// The end of one epoch: the training loss seen during it and the validation metrics after it.
public struct EpochRecord: Sendable, Equatable {
    /// 1-based.
    public var epoch: Int
    /// The number of updates so far (the `step` of the epoch's last update).
    public var step: Int
    /// The rate applied by the epoch's last update.
    public var lr: Double
    /// The mean loss over the epoch's samples, each at the parameters its batch saw
    /// (batch losses weighted by batch size, or by their class weights' sum when weighted).
    public var trainLoss: Double
    /// Validation loss and accuracy after the epoch; nil without a validation part (accuracy
    /// also nil for regression).
    public var valLoss: Double?
    public var valAccuracy: Double?
    /// The validation part's other classification metrics, when asked for.
    public var valClassification: ClassificationMetrics?

    public init(
        epoch: Int, step: Int, lr: Double, trainLoss: Double, valLoss: Double?, valAccuracy: Double?,
        valClassification: ClassificationMetrics? = nil
    ) {
        self.epoch = epoch
        self.step = step
        self.lr = lr
        self.trainLoss = trainLoss
        self.valLoss = valLoss
        self.valAccuracy = valAccuracy
        self.valClassification = valClassification
    }

    /// The value of `metric` in this epoch, if it was measured.
    public func value(of metric: MonitoredMetric) -> Double? {
        switch metric {
        case .valLoss: valLoss
        case .valAccuracy: valAccuracy
        case .trainLoss: trainLoss
        }
    }

    /// The value of `metric`, or the training loss where `metric` was not measured: what the
    /// best epoch and an epoch-ticking schedule go by.
    func monitoredValue(_ metric: MonitoredMetric) -> Double {
        value(of: metric) ?? trainLoss
    }
}
