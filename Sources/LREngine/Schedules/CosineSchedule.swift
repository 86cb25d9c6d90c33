/// Cosine annealing from the base rate to `eta_min` over `t_max` ticks (Loshchilov & Hutter,
/// 2017, "SGDR"), as `torch.optim.lr_scheduler.CosineAnnealingLR`.
///
/// Closed form `η + (base − η)·(1 + cos(π·k/T))/2`, continued as a cosine beyond `T`. PyTorch
/// steps it recursively, and so does this type, to agree in the last bits:
///
///     lr₀ = base
///     lrₖ = lrₖ₋₁ + (base − η)·(1 − cos(π/T))/2                    if (k − 1 − T) mod 2T = 0
///     lrₖ = (1 + cos(πk/T)) / (1 + cos(π(k−1)/T))·(lrₖ₋₁ − η) + η    otherwise
public struct CosineSchedule: LRSchedule {
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    public let baseLR: Double
    public let tMax: Int
    public let etaMin: Double
    private var tick = 0

    public init(baseLR: Double, tMax: Int, etaMin: Double) throws {
        try ScheduleError.require("t_max", tMax, atLeast: 1, atMost: ScheduleError.maximumTicks)
        lr = baseLR
        self.baseLR = baseLR
        self.tMax = tMax
        self.etaMin = etaMin
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        let t = Double(tMax)
        if (tick - 1 - tMax) % (2 * tMax) == 0 {
            lr = lr + (baseLR - etaMin) * (1 - _cos(Double.pi / t)) / 2
        } else {
            let k = Double(tick)
            lr =
                (1 + _cos(Double.pi * k / t)) / (1 + _cos(Double.pi * (k - 1) / t))
                * (lr - etaMin) + etaMin
        }
    }
}
