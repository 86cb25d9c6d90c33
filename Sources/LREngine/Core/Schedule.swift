/// What a schedule sees after each tick, for the schedules that react to training.
public struct ScheduleObservation: Sendable, Equatable {
    /// Mean training loss of the last tick's updates.
    public var trainLoss: Double?
    /// The monitored metric (e.g. validation loss) where one was evaluated, for `plateau`.
    public var metric: Double?

    public init(trainLoss: Double? = nil, metric: Double? = nil) {
        self.trainLoss = trainLoss
        self.metric = metric
    }
}

/// A learning-rate schedule with `torch.optim.lr_scheduler` semantics.
///
/// A tick is one update (`interval: step`) or one epoch (`interval: epoch`); the trainer
/// reads `lr`/`momentum` before the tick's updates and calls `advance` after them, just as
/// PyTorch code calls `scheduler.step()` after `optimizer.step()`. Rates are Double.
/// Conforming types live in `Schedules/`, one per file; each takes its rates at construction
/// (the optimizer's base rate, or `base_lr`/`max_lr` where PyTorch's scheduler sets them), and
/// initialisers throw `ScheduleError` for a setting outside its domain.
///
/// Schedules with a state worth logging beside the rate (annealing's temperature, a bandit's
/// arm) name those values in `recordedNames`; the trainer records, for every update, what
/// `recordedValue` says before it and, on a tick's last update, what `recordedOutcome` says
/// after the tick's `advance`. The others keep the defaults and record nothing.
public protocol LRSchedule: Sendable {
    /// The rate in force for the current tick.
    var lr: Double { get }
    /// The cycled momentum (SGD) or beta1 (Adam family) in force, where the schedule cycles it.
    var momentum: Double? { get }
    /// Moves to the next tick.
    mutating func advance(after observation: ScheduleObservation)
    /// The names of the extra values the schedule records, in order; the same from
    /// construction on. Empty (the default) for schedules that record nothing.
    var recordedNames: [String] { get }
    /// Value `index` (into `recordedNames`) in force for the current tick, e.g. a
    /// temperature; nil where it has none.
    func recordedValue(_ index: Int) -> Double?
    /// Value `index` (into `recordedNames`) that the last `advance` produced, e.g. whether it
    /// accepted a proposal; nil where that tick produced none (or before any tick).
    func recordedOutcome(_ index: Int) -> Double?
}

extension LRSchedule {
    public var recordedNames: [String] { [] }
    public func recordedValue(_ index: Int) -> Double? { nil }
    public func recordedOutcome(_ index: Int) -> Double? { nil }
}
