/// A linear warmup in front of any schedule.
///
/// For the first `steps` ticks the rate rises linearly from `start_factor·r₀` towards `r₀`,
/// the wrapped schedule's rate at its tick 0; from tick `steps` on the wrapped schedule runs
/// from its own tick 0:
///
///     lrₖ = r₀·(s + (1 − s)·k/steps)   for k < steps   (LinearLR's chainable form)
///     lrₖ = wrapped.lr at its tick k − steps            for k ≥ steps
///
/// This is exactly PyTorch's `SequentialLR([LinearLR(start_factor=s, end_factor=1,
/// total_iters=steps), wrapped], milestones=[steps])`. During the warmup the wrapped schedule's
/// initial momentum is in force; it does not see the warmup ticks' observations. It records
/// what the wrapped schedule records (its tick-0 values during the warmup).
public struct WarmupSchedule: LRSchedule {
    public let steps: Int
    public let startFactor: Double
    public private(set) var wrapped: any LRSchedule
    private var ramp: LinearSchedule
    private var tick = 0

    public init(wrapping wrapped: any LRSchedule, steps: Int, startFactor: Double) throws {
        try ScheduleError.require("steps", steps, atLeast: 0, atMost: ScheduleError.maximumTicks)
        try ScheduleError.require("start_factor", startFactor, in: 0, 1, openBelow: true)
        self.steps = steps
        self.startFactor = startFactor
        self.wrapped = wrapped
        ramp = try LinearSchedule(
            baseLR: wrapped.lr, startFactor: startFactor, endFactor: 1, totalSteps: max(steps, 1))
    }

    public var lr: Double { tick < steps ? ramp.lr : wrapped.lr }
    public var momentum: Double? { wrapped.momentum }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        if tick < steps {
            ramp.advance(after: observation)
        } else if tick > steps {
            wrapped.advance(after: observation)
        }
    }
}

extension WarmupSchedule {
    public var recordedNames: [String] { wrapped.recordedNames }

    public func recordedValue(_ index: Int) -> Double? { wrapped.recordedValue(index) }

    /// Only ticks the wrapped schedule saw have outcomes.
    public func recordedOutcome(_ index: Int) -> Double? { tick > steps ? wrapped.recordedOutcome(index) : nil }
}
