import Foundation
import LREngine

/// The table from `schedule.kind` to an engine schedule: one line per kind. Adding a schedule
/// is one file in `LREngine/Schedules` and one line here.
///
/// Lengths a file leaves out — one_cycle `total_steps`, cosine `t_max`, linear and polynomial
/// `total_steps` — are the run's length in ticks (`ScheduleContext.length`). A `warmup:` wraps
/// the schedule in `WarmupSchedule`; the wrapped schedule then starts after the warmup, so its
/// default length is the run's length minus the warmup. In a `sequence`, a child's default
/// length is its own stretch: from its milestone to the next (the last child: to the run's end).
///
/// `annealing` names its proposal spacing `proposal_interval` (the engine's `interval`) and
/// its proposal spread `step_size` (the engine's `sigma`). `cooling_rate` is the temperature
/// factor per proposal, so the engine's per-tick γ is `cooling_rate^(1/proposal_interval)`;
/// `linear` cooling reaches 0 at the end of the schedule's length. Each annealing schedule
/// draws from its own stream (see `ScheduleContext.random`).
enum ScheduleRegistry {
    typealias Builder = @Sendable (ScheduleParameters, ScheduleContext) throws -> any LRSchedule

    /// Looked up by kind, never iterated.
    static let table: [ScheduleConfig.Kind: Builder] = [
        .constant: { _, c in ConstantSchedule(baseLR: c.baseLR) },
        .step: { p, c in
            guard case .step(let stepSize, let gamma) = p else { throw mismatch(p) }
            return try StepSchedule(baseLR: c.baseLR, stepSize: stepSize, gamma: gamma)
        },
        .multistep: { p, c in
            guard case .multistep(let milestones, let gamma) = p else { throw mismatch(p) }
            return MultiStepSchedule(baseLR: c.baseLR, milestones: milestones, gamma: gamma)
        },
        .exponential: { p, c in
            guard case .exponential(let gamma) = p else { throw mismatch(p) }
            return ExponentialSchedule(baseLR: c.baseLR, gamma: gamma)
        },
        .polynomial: { p, c in
            guard case .polynomial(let total, let power) = p else { throw mismatch(p) }
            return try PolynomialSchedule(baseLR: c.baseLR, totalSteps: total ?? c.length, power: power)
        },
        .linear: { p, c in
            guard case .linear(let start, let end, let total) = p else { throw mismatch(p) }
            return try LinearSchedule(
                baseLR: c.baseLR, startFactor: start, endFactor: end, totalSteps: total ?? c.length)
        },
        .cosine: { p, c in
            guard case .cosine(let tMax, let etaMin) = p else { throw mismatch(p) }
            return try CosineSchedule(baseLR: c.baseLR, tMax: tMax ?? c.length, etaMin: etaMin)
        },
        .cosineRestarts: { p, c in
            guard case .cosineRestarts(let t0, let tMult, let etaMin) = p else { throw mismatch(p) }
            return try CosineRestartsSchedule(baseLR: c.baseLR, t0: t0, tMult: tMult, etaMin: etaMin)
        },
        .cyclic: { p, _ in
            guard case .cyclic(let s) = p else { throw mismatch(p) }
            guard let mode = CyclicSchedule.Mode(rawValue: s.mode.rawValue) else { throw mismatch(p) }
            return try CyclicSchedule(
                baseLR: s.baseLR, maxLR: s.maxLR, stepSizeUp: s.stepSizeUp, stepSizeDown: s.stepSizeDown,
                mode: mode, gamma: s.gamma, cycleMomentum: s.cycleMomentum, baseMomentum: s.baseMomentum,
                maxMomentum: s.maxMomentum)
        },
        .oneCycle: { p, c in
            guard case .oneCycle(let s) = p else { throw mismatch(p) }
            guard let anneal = OneCycleSchedule.Anneal(rawValue: s.anneal.rawValue) else { throw mismatch(p) }
            return try OneCycleSchedule(
                maxLR: s.maxLR, totalSteps: s.totalSteps ?? c.length, pctStart: s.pctStart, anneal: anneal,
                divFactor: s.divFactor, finalDivFactor: s.finalDivFactor, threePhase: s.threePhase,
                cycleMomentum: s.cycleMomentum, baseMomentum: s.baseMomentum, maxMomentum: s.maxMomentum)
        },
        .plateau: { p, c in
            guard case .plateau(let s) = p,
                let mode = PlateauSchedule.Mode(rawValue: s.mode.rawValue),
                let thresholdMode = PlateauSchedule.ThresholdMode(rawValue: s.thresholdMode.rawValue)
            else { throw mismatch(p) }
            return try PlateauSchedule(
                baseLR: c.baseLR, mode: mode, factor: s.factor, patience: s.patience, threshold: s.threshold,
                thresholdMode: thresholdMode, cooldown: s.cooldown, minLR: s.minLR)
        },
        .annealing: { p, c in
            guard case .annealing(let s) = p else { throw mismatch(p) }
            let cooling: AnnealingSchedule.Cooling = switch s.cooling {
            case .exponential: .exponential(gamma: pow(s.coolingRate, 1 / Double(s.proposalInterval)))
            case .linear: .linear(steps: c.length)
            case .logarithmic: .logarithmic
            }
            return try AnnealingSchedule(
                baseLR: c.baseLR, interval: s.proposalInterval, sigma: s.stepSize,
                initialTemperature: s.initialTemperature, cooling: cooling, minLR: s.minLR, maxLR: s.maxLR,
                random: c.random)
        },
        .sequence: { p, c in
            guard case .sequence(let milestones, let children) = p else { throw mismatch(p) }
            var built: [any LRSchedule] = []
            for (index, child) in children.enumerated() {
                let start = index > 0 && index - 1 < milestones.count ? milestones[index - 1] : 0
                let end = index < milestones.count ? milestones[index] : c.length
                built.append(try make(child.kind, child.parameters, c.child(index, length: end - start)))
            }
            return try SequenceSchedule(schedules: built, milestones: milestones)
        },
    ]

    /// The schedule `config` describes, warmup included; engine errors become `TrialError`s
    /// located at the `schedule:` section.
    static func make(_ config: ScheduleConfig, context: ScheduleContext, experiment: Experiment? = nil)
        throws(TrialError) -> any LRSchedule
    {
        let location = experiment?.location(of: "schedule")
        do {
            guard let warmup = config.warmup else {
                return try make(config.kind, config.parameters, context)
            }
            let inner = context.shortened(by: warmup.steps)
            let wrapped = try make(config.kind, config.parameters, inner)
            return try WarmupSchedule(wrapping: wrapped, steps: warmup.steps, startFactor: warmup.startFactor)
        } catch let error as TrialError {
            throw TrialError(error.message, at: error.location ?? location)
        } catch let error as ScheduleError {
            throw TrialError("schedule '\(config.kind.rawValue)': \(error.message)", at: location)
        } catch {
            throw TrialError("schedule '\(config.kind.rawValue)': \(error)", at: location)
        }
    }

    private static func make(
        _ kind: ScheduleConfig.Kind, _ parameters: ScheduleParameters, _ context: ScheduleContext
    ) throws -> any LRSchedule {
        guard let build = table[kind] else {
            throw TrialError("no schedule is registered for kind '\(kind.rawValue)'")
        }
        return try build(parameters, context)
    }

    private static func mismatch(_ parameters: ScheduleParameters) -> TrialError {
        TrialError("schedule parameters do not match the kind (\(parameters))")
    }
}
