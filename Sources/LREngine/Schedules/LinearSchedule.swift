/// A linear change of the rate's factor from `start_factor` to `end_factor` over
/// `total_steps` ticks, as `torch.optim.lr_scheduler.LinearLR`.
///
/// Chainable form: `lr₀ = base·s`; for `0 < k ≤ N`,
/// `lrₖ = lrₖ₋₁·(1 + (e − s) / (N·s + (k − 1)·(e − s)))`; after `N` the rate stays at `base·e`.
/// Closed form `base·(s + (e − s)·min(k, N)/N)`.
public struct LinearSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let startFactor: Double
    public let endFactor: Double
    public let totalSteps: Int
    private var tick = 0

    public init(
        baseLR: Double, startFactor: Double, endFactor: Double, totalSteps: Int
    ) throws {
        try ScheduleError.require("start_factor", startFactor, in: 0, 1, openBelow: true)
        try ScheduleError.require("end_factor", endFactor, in: 0, 1)
        try ScheduleError.require("total_steps", totalSteps, atLeast: 1)
        lr = baseLR * startFactor
        self.startFactor = startFactor
        self.endFactor = endFactor
        self.totalSteps = totalSteps
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        guard tick <= totalSteps else { return }
        let change = endFactor - startFactor
        lr *= 1.0 + change / (Double(totalSteps) * startFactor + Double(tick - 1) * change)
    }
}
