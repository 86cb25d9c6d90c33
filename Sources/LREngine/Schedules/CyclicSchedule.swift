/// A cyclical rate between `base_lr` and `max_lr` (Smith, 2017, "Cyclical Learning Rates for
/// Training Neural Networks"), as `torch.optim.lr_scheduler.CyclicLR`.
///
/// With `S = up + down` ticks per cycle, at tick `k`:
///
///     c = ⌊1 + k/S⌋,   x = 1 + k/S − c,   r = up/S
///     f = x/r  if x ≤ r,  else (x − 1)/(r − 1)
///     lr = base_lr + (max_lr − base_lr)·f·scale
///     momentum = max_momentum − (max_momentum − base_momentum)·f·scale   (cycle_momentum)
///
/// with `scale` 1 (`triangular`), `1/2^(c−1)` (`triangular2`) or `γᵏ` (`exp_range`). Momentum
/// moves opposite to the rate and replaces SGD's momentum or Adam's β₁.
public struct CyclicSchedule: LRSchedule {
    /// The amplitude policy of the cycle.
    public enum Mode: String, Sendable, Equatable, CaseIterable {
        case triangular
        case triangular2
        case expRange = "exp_range"
    }

    public private(set) var lr: Double
    public private(set) var momentum: Double?
    public let baseLR: Double
    public let maxLR: Double
    public let mode: Mode
    public let gamma: Double
    public let cycleMomentum: Bool
    public let baseMomentum: Double
    public let maxMomentum: Double
    private let totalSize: Double
    private let stepRatio: Double
    private var tick = 0

    /// `stepSizeDown` defaults to `stepSizeUp`; `baseLR` replaces the optimizer's rate, as in
    /// PyTorch.
    public init(
        baseLR: Double, maxLR: Double, stepSizeUp: Int, stepSizeDown: Int?,
        mode: Mode, gamma: Double, cycleMomentum: Bool,
        baseMomentum: Double, maxMomentum: Double
    ) throws {
        try ScheduleError.require(
            "step_size_up", stepSizeUp, atLeast: 1, atMost: ScheduleError.maximumTicks)
        try ScheduleError.require(
            "step_size_down", stepSizeDown ?? stepSizeUp, atLeast: 1,
            atMost: ScheduleError.maximumTicks)
        self.baseLR = baseLR
        self.maxLR = maxLR
        self.mode = mode
        self.gamma = gamma
        self.cycleMomentum = cycleMomentum
        self.baseMomentum = baseMomentum
        self.maxMomentum = maxMomentum
        let up = Double(stepSizeUp)
        totalSize = up + Double(stepSizeDown ?? stepSizeUp)
        stepRatio = up / totalSize
        lr = baseLR
        momentum = cycleMomentum ? maxMomentum : nil
        update()
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        update()
    }

    private mutating func update() {
        let k = Double(tick)
        let cycle = (1 + k / totalSize).rounded(.down)
        let x = 1.0 + k / totalSize - cycle
        let factor = x <= stepRatio ? x / stepRatio : (x - 1) / (stepRatio - 1)
        let scale: Double
        switch mode {
        case .triangular: scale = 1.0
        case .triangular2: scale = 1 / _pow(2.0, cycle - 1)
        case .expRange: scale = _pow(gamma, k)
        }
        lr = baseLR + (maxLR - baseLR) * factor * scale
        if cycleMomentum {
            momentum = maxMomentum - (maxMomentum - baseMomentum) * factor * scale
        }
    }
}
