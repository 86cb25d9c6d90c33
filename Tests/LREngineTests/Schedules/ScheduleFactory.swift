@testable import LREngine
import LRTestSupport

/// Builds a schedule from the `lrlab` fragment of a reference case and the optimizer's base
/// rate (test-only mapping; the experiments layer owns the real one).
func makeSchedule(_ spec: ReferenceValue, baseLR: Double) throws -> (any LRSchedule)? {
    func number(_ key: String, _ fallback: Double) -> Double { spec[key]?.double ?? fallback }
    func integer(_ key: String, _ fallback: Int) -> Int { spec[key]?.int ?? fallback }
    func flag(_ key: String, _ fallback: Bool) -> Bool { spec[key]?.bool ?? fallback }
    switch spec["kind"]?.string {
    case "constant":
        return ConstantSchedule(baseLR: baseLR)
    case "step":
        return try StepSchedule.torch(
            baseLR: baseLR, stepSize: integer("step_size", 0), gamma: number("gamma", 0.1))
    case "multistep":
        return MultiStepSchedule.torch(
            baseLR: baseLR, milestones: spec["milestones"]?.array?.compactMap(\.int) ?? [],
            gamma: number("gamma", 0.1))
    case "exponential":
        return ExponentialSchedule(baseLR: baseLR, gamma: number("gamma", 1))
    case "polynomial":
        return try PolynomialSchedule.torch(
            baseLR: baseLR, totalSteps: integer("total_steps", 5), power: number("power", 1))
    case "linear":
        return try LinearSchedule.torch(
            baseLR: baseLR, startFactor: number("start_factor", 1.0 / 3),
            endFactor: number("end_factor", 1), totalSteps: integer("total_steps", 5))
    case "cosine":
        return try CosineSchedule.torch(
            baseLR: baseLR, tMax: integer("t_max", 0), etaMin: number("eta_min", 0))
    case "cosine_restarts":
        return try CosineRestartsSchedule.torch(
            baseLR: baseLR, t0: integer("t_0", 0), tMult: integer("t_mult", 1),
            etaMin: number("eta_min", 0))
    case "cyclic":
        return try CyclicSchedule.torch(
            baseLR: number("base_lr", baseLR), maxLR: number("max_lr", 0),
            stepSizeUp: integer("step_size_up", 2000), stepSizeDown: spec["step_size_down"]?.int,
            mode: CyclicSchedule.Mode(rawValue: spec["mode"]?.string ?? "triangular")
                ?? .triangular,
            gamma: number("gamma", 1), cycleMomentum: flag("cycle_momentum", true),
            baseMomentum: number("base_momentum", 0.8), maxMomentum: number("max_momentum", 0.9))
    case "one_cycle":
        return try OneCycleSchedule.torch(
            maxLR: number("max_lr", baseLR), totalSteps: integer("total_steps", 0),
            pctStart: number("pct_start", 0.3),
            anneal: OneCycleSchedule.Anneal(rawValue: spec["anneal"]?.string ?? "cos") ?? .cos,
            divFactor: number("div_factor", 25), finalDivFactor: number("final_div_factor", 1e4),
            threePhase: flag("three_phase", false), cycleMomentum: flag("cycle_momentum", true),
            baseMomentum: number("base_momentum", 0.85), maxMomentum: number("max_momentum", 0.95))
    case "plateau":
        return try PlateauSchedule.torch(
            baseLR: baseLR,
            mode: PlateauSchedule.Mode(rawValue: spec["mode"]?.string ?? "min") ?? .min,
            factor: number("factor", 0.1), patience: integer("patience", 10),
            threshold: number("threshold", 1e-4),
            thresholdMode: PlateauSchedule.ThresholdMode(
                rawValue: spec["threshold_mode"]?.string ?? "rel") ?? .rel,
            cooldown: integer("cooldown", 0), minLR: number("min_lr", 0))
    case "sequence":
        var children: [any LRSchedule] = []
        for child in spec["schedules"]?.array ?? [] {
            guard let schedule = try makeSchedule(child, baseLR: baseLR) else { return nil }
            children.append(schedule)
        }
        return try SequenceSchedule(
            schedules: children, milestones: spec["milestones"]?.array?.compactMap(\.int) ?? [])
    default:
        return nil
    }
}
