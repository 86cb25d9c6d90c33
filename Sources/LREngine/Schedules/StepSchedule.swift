/// The rate times `gamma` every `step_size` ticks, as `torch.optim.lr_scheduler.StepLR`.
///
/// Chainable form, as PyTorch computes it: `lr₀ = base`, and at tick `k > 0`
/// `lrₖ = lrₖ₋₁·γ` when `k` is a multiple of `step_size`, else `lrₖ₋₁`
/// (equal to `base·γ^⌊k/step_size⌋` up to rounding).
public struct StepSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let stepSize: Int
    public let gamma: Double
    private var tick = 0

    public init(baseLR: Double, stepSize: Int, gamma: Double) throws {
        try ScheduleError.require("step_size", stepSize, atLeast: 1)
        lr = baseLR
        self.stepSize = stepSize
        self.gamma = gamma
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        if tick % stepSize == 0 { lr *= gamma }
    }
}
