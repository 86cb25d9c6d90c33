/// The optimizer's base rate on every tick (no scheduler in PyTorch terms).
public struct ConstantSchedule: LRSchedule {
    public let lr: Double
    public var momentum: Double? { nil }

    public init(baseLR: Double) { lr = baseLR }

    public mutating func advance(after observation: ScheduleObservation) {}
}
