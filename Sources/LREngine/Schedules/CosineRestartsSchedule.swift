/// Cosine annealing with warm restarts (Loshchilov & Hutter, 2017, "SGDR: Stochastic Gradient
/// Descent with Warm Restarts"), as `torch.optim.lr_scheduler.CosineAnnealingWarmRestarts`.
///
/// The first period lasts `t_0` ticks, each next one `t_mult` times longer. With `Tcur` the
/// ticks since the last restart and `Tᵢ` the current period:
///
///     lr = η + (base − η)·(1 + cos(π·Tcur/Tᵢ))/2
///
/// and after each tick `Tcur += 1`; when `Tcur ≥ Tᵢ`: `Tcur −= Tᵢ`, `Tᵢ ·= t_mult`.
public struct CosineRestartsSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let baseLR: Double
    public let t0: Int
    public let tMult: Int
    public let etaMin: Double
    private var current = 0
    private var period: Int

    public init(baseLR: Double, t0: Int, tMult: Int, etaMin: Double) throws {
        try ScheduleError.require("t_0", t0, atLeast: 1)
        try ScheduleError.require("t_mult", tMult, atLeast: 1)
        self.baseLR = baseLR
        self.t0 = t0
        self.tMult = tMult
        self.etaMin = etaMin
        period = t0
        lr = baseLR
        lr = rate()
    }

    public mutating func advance(after observation: ScheduleObservation) {
        current += 1
        if current >= period {
            current -= period
            // Saturate rather than trap on absurdly long runs.
            let (next, overflow) = period.multipliedReportingOverflow(by: tMult)
            period = overflow ? Int.max : next
        }
        lr = rate()
    }

    private func rate() -> Double {
        etaMin + (baseLR - etaMin) * (1 + _cos(Double.pi * Double(current) / Double(period))) / 2
    }
}
