/// The rate of a learning-rate range test (Smith, 2017, "Cyclical Learning Rates for Training
/// Neural Networks", §3.3; fastai's `lr_find`): an exponential rise from `startLR` to `endLR`
/// over `steps` updates,
///
///     lrᵢ = start·(end/start)^(i/(steps − 1)),   i = 0, 1, …, steps − 1
///
/// so the first update runs at `start` and the last at exactly `end` (fastai's `SchedExp` uses
/// `i/steps` and so stops one ratio short of `end`). After the last step the rate stays at
/// `end`. One tick is one update.
public struct RangeTestSchedule: LRSchedule, Equatable {
    public let startLR: Double
    public let endLR: Double
    public let steps: Int
    /// Ticks so far (the index `i` of the update about to run).
    public private(set) var tick = 0

    public init(startLR: Double = 1e-7, endLR: Double = 10, steps: Int = 100) throws {
        try ScheduleError.requirePositive("start_lr", startLR)
        try ScheduleError.requirePositive("end_lr", endLR)
        if !(startLR < endLR) {
            throw ScheduleError("'end_lr' (\(endLR)) must be greater than 'start_lr' (\(startLR))")
        }
        try ScheduleError.require("num_steps", steps, atLeast: 2, atMost: ScheduleError.maximumTicks)
        self.startLR = startLR
        self.endLR = endLR
        self.steps = steps
    }

    /// The rate of update `i` (0-based).
    public func rate(at i: Int) -> Double {
        let position = Double(min(max(i, 0), steps - 1)) / Double(steps - 1)
        return startLR * _pow(endLR / startLR, position)
    }

    public var lr: Double { rate(at: tick) }
    public var momentum: Double? { nil }

    public mutating func advance(after observation: ScheduleObservation) {
        if tick < steps - 1 { tick += 1 }
    }
}
