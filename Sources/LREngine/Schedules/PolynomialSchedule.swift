/// Polynomial decay to zero over `total_steps` ticks, as `torch.optim.lr_scheduler.PolynomialLR`.
///
/// Chainable form: `lr₀ = base`; for `0 < k ≤ N`,
/// `lrₖ = lrₖ₋₁·((1 − k/N) / (1 − (k−1)/N))^p`; after `N` the rate stays (at 0).
/// Closed form `base·(1 − min(k, N)/N)^p`.
public struct PolynomialSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let totalSteps: Int
    public let power: Double
    private var tick = 0

    public init(baseLR: Double, totalSteps: Int, power: Double) throws {
        try ScheduleError.require("total_steps", totalSteps, atLeast: 1)
        lr = baseLR
        self.totalSteps = totalSteps
        self.power = power
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        guard tick <= totalSteps else { return }
        let n = Double(totalSteps)
        let k = Double(tick)
        lr *= _pow((1.0 - k / n) / (1.0 - (k - 1) / n), power)
    }
}
