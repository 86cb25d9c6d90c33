/// The one-cycle policy (Smith & Topin, 2019, "Super-Convergence"), as
/// `torch.optim.lr_scheduler.OneCycleLR`.
///
/// From `initial = max_lr/div_factor` up to `max_lr` over the first `pct_start·N − 1` ticks,
/// then down to `min = initial/final_div_factor` at tick `N − 1`; with `three_phase` the
/// second phase returns to `initial` by tick `2·pct_start·N − 2` and a third anneals to `min`.
/// Within a phase from tick `a` to `b`, `p = (k − a)/(b − a)` and
///
///     cos:     lr = end + (start − end)/2·(cos(πp) + 1)
///     linear:  lr = (end − start)·p + start
///
/// Momentum (or Adam's β₁) moves the other way, between `max_momentum` and `base_momentum`.
/// PyTorch refuses to step past tick `N`; this schedule holds tick `N`'s values instead.
public struct OneCycleSchedule: LRSchedule {
    /// How a phase interpolates.
    public enum Anneal: String, Sendable, Equatable, CaseIterable {
        case cos
        case linear
    }

    private struct Phase: Sendable {
        var endStep: Double
        var startLR: Double
        var endLR: Double
        var startMomentum: Double
        var endMomentum: Double
    }

    public private(set) var lr: Double
    public private(set) var momentum: Double?
    public let totalSteps: Int
    public let anneal: Anneal
    public let cycleMomentum: Bool
    private let phases: [Phase]
    private var tick = 0

    public init(
        maxLR: Double, totalSteps: Int, pctStart: Double, anneal: Anneal,
        divFactor: Double, finalDivFactor: Double, threePhase: Bool,
        cycleMomentum: Bool, baseMomentum: Double, maxMomentum: Double
    ) throws {
        try ScheduleError.require(
            "total_steps", totalSteps, atLeast: 1, atMost: ScheduleError.maximumTicks)
        try ScheduleError.require("pct_start", pctStart, in: 0, 1)
        try ScheduleError.requirePositive("div_factor", divFactor)
        try ScheduleError.requirePositive("final_div_factor", finalDivFactor)
        self.totalSteps = totalSteps
        self.anneal = anneal
        self.cycleMomentum = cycleMomentum
        let initial = maxLR / divFactor
        let minimum = initial / finalDivFactor
        let n = Double(totalSteps)
        if threePhase {
            phases = [
                Phase(
                    endStep: pctStart * n - 1, startLR: initial, endLR: maxLR,
                    startMomentum: maxMomentum, endMomentum: baseMomentum),
                Phase(
                    endStep: 2 * pctStart * n - 2, startLR: maxLR, endLR: initial,
                    startMomentum: baseMomentum, endMomentum: maxMomentum),
                Phase(
                    endStep: n - 1, startLR: initial, endLR: minimum,
                    startMomentum: maxMomentum, endMomentum: maxMomentum),
            ]
        } else {
            phases = [
                Phase(
                    endStep: pctStart * n - 1, startLR: initial, endLR: maxLR,
                    startMomentum: maxMomentum, endMomentum: baseMomentum),
                Phase(
                    endStep: n - 1, startLR: maxLR, endLR: minimum,
                    startMomentum: baseMomentum, endMomentum: maxMomentum),
            ]
        }
        lr = initial
        momentum = cycleMomentum ? maxMomentum : nil
        update()
    }

    public mutating func advance(after observation: ScheduleObservation) {
        if tick < totalSteps { tick += 1 }
        update()
    }

    private mutating func update() {
        let step = Double(tick)
        var start = 0.0
        for (index, phase) in phases.enumerated() {
            if step <= phase.endStep || index == phases.count - 1 {
                // A phase of zero length (pct_start·N = 1) is complete at once; PyTorch
                // divides by zero there.
                let span = phase.endStep - start
                let pct = span == 0 ? 1 : (step - start) / span
                lr = interpolate(phase.startLR, phase.endLR, pct)
                if cycleMomentum {
                    momentum = interpolate(phase.startMomentum, phase.endMomentum, pct)
                }
                return
            }
            start = phase.endStep
        }
    }

    private func interpolate(_ start: Double, _ end: Double, _ pct: Double) -> Double {
        switch anneal {
        case .cos: end + (start - end) / 2.0 * (_cos(Double.pi * pct) + 1)
        case .linear: (end - start) * pct + start
        }
    }
}
