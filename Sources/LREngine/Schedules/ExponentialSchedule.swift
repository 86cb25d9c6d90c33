/// The rate times `gamma` every tick, as `torch.optim.lr_scheduler.ExponentialLR`.
///
/// Chainable form: `lr₀ = base`, `lrₖ = lrₖ₋₁·γ` (equal to `base·γᵏ` up to rounding).
public struct ExponentialSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let gamma: Double

    public init(baseLR: Double, gamma: Double) {
        lr = baseLR
        self.gamma = gamma
    }

    public mutating func advance(after observation: ScheduleObservation) {
        lr *= gamma
    }
}
