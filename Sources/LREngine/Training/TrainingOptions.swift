/// When a schedule ticks: after every update, or after every epoch.
public enum ScheduleInterval: String, Sendable, Equatable, CaseIterable {
    case step
    case epoch
}

/// A metric the trainer watches each epoch, for early stopping, the best epoch and `plateau`.
public enum MonitoredMetric: String, Sendable, Equatable, CaseIterable {
    case valLoss = "val_loss"
    case valAccuracy = "val_accuracy"
    case trainLoss = "train_loss"

    /// Whether larger values are better (accuracy) rather than smaller (losses).
    public var isMaximized: Bool { self == .valAccuracy }

    /// Whether the metric needs a validation part.
    public var needsValidation: Bool { self != .trainLoss }
}

/// Stop when the monitored metric has not improved for `patience` epochs, as Keras' and
/// Lightning's `EarlyStopping`: an epoch improves when its value beats the best so far by more
/// than `minDelta` (below it for losses, above it for accuracy); training stops after the
/// `patience`-th epoch in a row without improvement.
public struct EarlyStopping: Sendable, Equatable {
    public var metric: MonitoredMetric
    public var patience: Int
    public var minDelta: Double
    /// Put back the parameters of the best epoch (by the monitored metric) when training ends,
    /// before the test part is evaluated, as Keras' `restore_best_weights` does.
    public var restoreBest: Bool

    public init(metric: MonitoredMetric = .valLoss, patience: Int, minDelta: Double = 0, restoreBest: Bool = false) {
        self.metric = metric
        self.patience = patience
        self.minDelta = minDelta
        self.restoreBest = restoreBest
    }
}

/// How long and how carefully to train; every field maps to a key of the `train:` section.
public struct TrainingOptions: Sendable, Equatable {
    /// `epochs:` for models trained on data, `steps:` (one update each) for function models.
    public enum Length: Sendable, Equatable {
        case epochs(Int)
        case steps(Int)
    }

    public var length: Length
    /// Samples per update; the last batch of an epoch keeps the remainder (it may be smaller).
    public var batchSize: Int
    /// When the schedule ticks (`schedule.interval`).
    public var interval: ScheduleInterval
    /// The largest global L2 gradient norm (`clip_grad_norm`); nil: no clipping.
    public var clipGradNorm: Double?
    public var earlyStopping: EarlyStopping?
    /// A training loss above this (`divergence.loss_above`) ends the trial as diverged; NaN
    /// and infinite losses always do.
    public var lossAbove: Double?
    /// The metric for the best epoch and for `plateau` schedules; nil: the early-stopping
    /// metric if set, else `val_loss` when there is a validation part, else `train_loss`.
    public var monitor: MonitoredMetric?
    /// Whether evaluations of a classification also compute ``ClassificationMetrics`` (ROC AUC
    /// and the rest), which needs every evaluated row's logits at once.
    public var classificationMetrics: Bool

    public init(
        length: Length, batchSize: Int = 32, interval: ScheduleInterval = .step,
        clipGradNorm: Double? = nil, earlyStopping: EarlyStopping? = nil, lossAbove: Double? = nil,
        monitor: MonitoredMetric? = nil, classificationMetrics: Bool = false
    ) {
        self.length = length
        self.batchSize = batchSize
        self.interval = interval
        self.clipGradNorm = clipGradNorm
        self.earlyStopping = earlyStopping
        self.lossAbove = lossAbove
        self.monitor = monitor
        self.classificationMetrics = classificationMetrics
    }

    /// Throws for values no training could use.
    func validate() throws(TrainingError) {
        switch length {
        case .epochs(let epochs) where epochs < 1:
            throw TrainingError("'epochs' must be at least 1, got \(epochs)")
        case .steps(let steps) where steps < 1:
            throw TrainingError("'steps' must be at least 1, got \(steps)")
        default:
            break
        }
        guard batchSize >= 1 else { throw TrainingError("'batch_size' must be at least 1, got \(batchSize)") }
        if let clip = clipGradNorm, !(clip > 0) {
            throw TrainingError("'clip_grad_norm' must be positive, got \(clip)")
        }
        if let threshold = lossAbove, threshold.isNaN {
            throw TrainingError("'divergence.loss_above' must be a number")
        }
        if let stopping = earlyStopping {
            guard stopping.patience >= 1 else {
                throw TrainingError("'early_stopping.patience' must be at least 1, got \(stopping.patience)")
            }
            guard stopping.minDelta >= 0, stopping.minDelta.isFinite else {
                throw TrainingError("'early_stopping.min_delta' must be a finite number ≥ 0, got \(stopping.minDelta)")
            }
        }
    }
}
