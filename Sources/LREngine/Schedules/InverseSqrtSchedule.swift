/// Inverse square-root decay: lr · 1/√(1 + t/warmup).
public struct InverseSqrtSchedule: LRSchedule {
    public let baseLR: Double
    public let timescale: Int
    public private(set) var tick = 0

    public init(baseLR: Double, timescale: Int) throws {
        try ScheduleError.require("timescale", timescale, atLeast: 1)
        self.baseLR = baseLR
        self.timescale = timescale
    }

    public var lr: Double { baseLR / (1 + Double(tick) / Double(timescale)).squareRoot() }
    public var momentum: Double? { nil }

    public mutating func advance(after observation: ScheduleObservation) { tick += 1 }
}
