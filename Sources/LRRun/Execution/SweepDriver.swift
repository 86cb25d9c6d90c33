import LRConfig
import LRTrial

/// How a sweep method turns a plan into finished trials: `grid`/`random` run the planned
/// trials, `annealing`/`halving` propose configurations from earlier results, `pbt` trains a
/// population. Every driver trains through the same `TrialBatches` (executor, cache, work,
/// cancellation, events), and `ExperimentRun` publishes whatever a driver finished.
package protocol SweepDriver {
    /// Every trial with its outcome, in bundle order; nil when the run stopped (interrupted,
    /// `--fail-fast`, or a search that could not go on). No bundle is written then.
    func drive<Prepared: Sendable>(_ plan: RunPlan, _ batches: TrialBatches<Prepared>) -> SweepOutcome?
}

/// What a driver finished.
package struct SweepOutcome {
    package var trials: [RunResult.Trial]
    /// The search's decisions (`search.json` and a section of `report.md`), for searching methods.
    package var record: SearchRecord?
}

/// `grid` and `random`: the trials were all planned before the run; run them.
package struct PlannedSweep: SweepDriver {
    package func drive<Prepared: Sendable>(_ plan: RunPlan, _ batches: TrialBatches<Prepared>) -> SweepOutcome? {
        guard let outcomes = batches.run(plan.trials) else { return nil }
        return SweepOutcome(trials: zip(plan.trials, outcomes).map { RunResult.Trial(spec: $0.spec, outcome: $1) }, record: nil)
    }
}

extension RunPlan {
    /// The driver of this plan's sweep method; nil when a searching method's sweep cannot be
    /// resolved (planning already checked it, so the run just stops).
    package var driver: (any SweepDriver)? {
        guard let method = experiment.sweep?.method, method != .grid, method != .random else { return PlannedSweep() }
        guard let sweep = Self.resolvedSweep(experiment) else { return nil }
        switch method {
        case .annealing:
            return AnnealingSearch(sweep, experiment)
        case .halving:
            return HalvingSearch(sweep, experiment, configurations: SweepExpander.halvingConfigurations(sweep, experiment))
        case .pbt:
            return PBTSearch(sweep: sweep, experiment: experiment)
        case .grid, .random:
            return PlannedSweep()
        }
    }

    /// The experiment's sweep with `lr_find` rates filled in (planning already checked it).
    package static func resolvedSweep(_ experiment: Experiment) -> SweepConfig? {
        guard let sweep = experiment.sweep else { return nil }
        var sources = SourceLines()
        return try? SweepExpander().resolvingLRFind(sweep, experiment, sources: &sources)
    }
}
