/// The rate times `gamma` at each milestone tick, as `torch.optim.lr_scheduler.MultiStepLR`.
///
/// Chainable form: `lr₀ = base`; at tick `k` listed `c` times in `milestones`,
/// `lrₖ = lrₖ₋₁·γᶜ`, else `lrₖ₋₁`.
public struct MultiStepSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let milestones: [Int]
    public let gamma: Double
    private var tick = 0

    public init(baseLR: Double, milestones: [Int], gamma: Double) {
        lr = baseLR
        self.milestones = milestones
        self.gamma = gamma
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        var count = 0
        for milestone in milestones where milestone == tick { count += 1 }
        if count > 0 { lr *= _pow(gamma, Double(count)) }
    }
}
