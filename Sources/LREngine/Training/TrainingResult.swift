/// How a run ended.
public enum TrainingStatus: String, Sendable, Equatable {
    /// Every epoch (or step) ran.
    case ok
    /// A loss or gradient norm was NaN/infinite or a loss exceeded `loss_above`.
    case diverged
    /// Early stopping ended the run.
    case stopped
}

/// Where and why a run diverged.
public struct Divergence: Sendable, Equatable {
    public var step: Int
    public var epoch: Int
    /// E.g. `training loss nan`, `training loss 3.2e+07 above 1000000.0`.
    public var reason: String

    /// A value as a reason shows it: every NaN reads `nan` (Swift prints a negative one as
    /// `-nan`, a sign that means nothing).
    static func text(_ value: Double) -> String { value.isNaN ? "nan" : "\(value)" }
}

/// Loss and accuracy on some data; accuracy is nil for regression. The other classification
/// metrics only when `TrainingOptions.classificationMetrics` asks for them.
public struct Evaluation: Sendable, Equatable {
    public var loss: Double
    public var accuracy: Double?
    public var classification: ClassificationMetrics?

    public init(loss: Double, accuracy: Double?, classification: ClassificationMetrics? = nil) {
        self.loss = loss
        self.accuracy = accuracy
        self.classification = classification
    }
}

/// Everything a run produced.
public struct TrainingResult: Sendable, Equatable {
    public var status: TrainingStatus
    public var divergence: Divergence?
    /// One record per update, in order (the diverging update included).
    public var steps: [StepRecord]
    /// One record per completed epoch; empty for function models.
    public var epochs: [EpochRecord]
    /// The metric `best` was chosen by.
    public var monitor: MonitoredMetric
    /// The epoch with the best monitored value (the first on ties); nil when none completed.
    /// For function models, the step with the lowest loss.
    public var bestEpoch: EpochRecord?
    public var bestStep: StepRecord?
    /// The epoch whose parameters were put back at the end (`restore_best`); nil when the last
    /// epoch's parameters stayed.
    public var restoredEpoch: EpochRecord?
    /// The mean training loss of the last epoch; for a function model, f after the last update.
    public var finalTrainLoss: Double?
    /// The test part evaluated with the final parameters; nil without a test part or after
    /// divergence.
    public var test: Evaluation?
    /// What the schedule recorded (`LRSchedule.recordedNames`), one row per record in `steps`.
    public var scheduleTrace: ScheduleTrace
    /// A function model's coordinates before each update (the point its `trainLoss` was
    /// measured at), one row per record in `steps`; empty for data models and for functions of
    /// more than `Trainer.recordedCoordinateLimit` coordinates.
    public var path = CoordinatePath()

    /// A run that has not started: status `ok`, nothing recorded.
    init(monitor: MonitoredMetric, scheduleTrace: ScheduleTrace) {
        status = .ok
        steps = []
        epochs = []
        self.monitor = monitor
        self.scheduleTrace = scheduleTrace
    }

    /// Reserves room for `steps` step records (and schedule rows) and `epochs` epoch records,
    /// each bounded by `Trainer.reservationLimit` so an absurd length cannot demand the memory
    /// at once.
    mutating func reserve(steps: Int, epochs: Int) {
        let rows = min(max(steps, 0), Trainer.reservationLimit)
        self.steps.reserveCapacity(rows)
        scheduleTrace.reserveCapacity(rows: rows)
        self.epochs.reserveCapacity(min(max(epochs, 0), Trainer.reservationLimit))
    }

    /// Ends the run as diverged at `divergence`.
    mutating func diverge(_ divergence: Divergence) {
        status = .diverged
        self.divergence = divergence
    }
}
