/// When a run's schedule ticks and what it observes: the trainer's one statement of that rule.
///
/// - Per update (`interval: step` on data, and every run without epochs: function models and
///   update-by-update runs): after every update that did not diverge, observing the update's
///   batch loss — as the metric too where the run monitors its training loss update by update
///   (function models).
/// - Per epoch (`interval: epoch` on data): after every epoch whose validation loss is finite,
///   observing the epoch's mean training loss and the monitored metric (the mean training loss
///   where that was not measured).
///
/// So `plateau` watches the monitored metric once per epoch with `interval: epoch`; with
/// `interval: step` it can only watch batch losses.
public enum ScheduleClock: Sendable, Equatable {
    case everyUpdate(lossIsMetric: Bool)
    case everyEpoch(monitor: MonitoredMetric)

    /// The clock of a run on data with epochs.
    public init(interval: ScheduleInterval, monitor: MonitoredMetric) {
        self = interval == .step ? .everyUpdate(lossIsMetric: false) : .everyEpoch(monitor: monitor)
    }

    /// What the schedule observes after `update`; nil when it does not tick there.
    func observation(after update: StepRecord) -> ScheduleObservation? {
        observation(afterUpdateLoss: update.trainLoss)
    }

    /// What the schedule observes after `epoch`; nil when it does not tick there.
    func observation(after epoch: EpochRecord) -> ScheduleObservation? {
        guard case .everyEpoch(let monitor) = self else { return nil }
        return observation(afterEpochLoss: epoch.trainLoss, monitored: epoch.value(of: monitor))
    }

    /// What the schedule observes after an update whose batch loss was `loss` (one that did
    /// not diverge); nil when it does not tick there.
    public func observation(afterUpdateLoss loss: Double) -> ScheduleObservation? {
        guard case .everyUpdate(let lossIsMetric) = self else { return nil }
        return ScheduleObservation(trainLoss: loss, metric: lossIsMetric ? loss : nil)
    }

    /// What the schedule observes after an epoch of mean training loss `trainLoss` whose
    /// monitored metric measured `monitored` (nil: not measured, the training loss stands in);
    /// nil when it does not tick there. Epochs with a non-finite validation loss have diverged
    /// and do not tick.
    public func observation(afterEpochLoss trainLoss: Double, monitored: Double?) -> ScheduleObservation? {
        guard case .everyEpoch = self else { return nil }
        return ScheduleObservation(trainLoss: trainLoss, metric: monitored ?? trainLoss)
    }
}
