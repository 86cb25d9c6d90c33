import Foundation
import LRConfig
import LREngine

/// `sweep.method: annealing`: simulated annealing over the sweep's parameters (Kirkpatrick,
/// Gelatt & Vecchi, 1983, "Optimization by Simulated Annealing").
///
/// - The chain starts at a point drawn as `random` draws one (`SearchSpace.random`), from the
///   stream `RandomStream(root: seed, trial: 0, name: "sweep")`, which also drives every later
///   proposal and acceptance test.
/// - Proposal t = 1, 2, …, `trials` − 1 runs at temperature Tₜ = T₀·ρ^(t−1) (`initial_temperature`
///   T₀, `cooling_rate` ρ) and moves one parameter (`SearchSpace.neighbour`) with a step of
///   0.25·Tₜ/T₀ of its range, so moves shrink as the chain cools.
/// - Metropolis acceptance on the objective loss f (the objective, negated when maximised): a
///   proposal with f′ ≤ f is accepted; otherwise with probability exp(−(f′ − f)/Tₜ), tested
///   against one uniform draw. The objective is the mean over the seeds that finished ok or
///   stopped (`SearchObjective.mean`, as the report averages), so a configuration whose every
///   seed diverged or failed has none: such a proposal is rejected, and is never named best;
///   the start point is accepted whatever its value.
///
/// Evaluation is strictly sequential — each proposal depends on the last acceptance — so one
/// configuration (with its seed replicates, which run in parallel) is evaluated at a time,
/// and the chain is the same for any `--jobs`. A point proposed again is not retrained: its
/// earlier evaluation is reused (and it is one trial in the bundle).
package struct AnnealingSearch {
    /// One step of the chain.
    package struct Step: Sendable {
        var index: Int
        var draws: [SweepDraw]
        var configurationID: String
        var objective: Double?
        var accepted: Bool
        var temperature: Double
        var problem: String?
        /// True when an earlier step already evaluated this configuration.
        var repeated: Bool
    }

    package var sweep: SweepConfig
    package var space: SearchSpace
    package var seed: Int

    package init(_ sweep: SweepConfig, _ experiment: Experiment) {
        self.sweep = sweep
        space = SearchSpace(sweep, experiment)
        seed = experiment.seed
    }

    package var initialTemperature: Double { sweep.initialTemperature ?? 1 }
    package var coolingRate: Double { sweep.coolingRate ?? 0.9 }
    package var budget: Int { max(1, sweep.trials ?? 1) }

    /// The first configuration, without evaluating anything (what `lrlab plan` shows).
    package func start() -> [SweepDraw] {
        var rng = RandomStream(root: UInt64(max(0, seed)), trial: 0, name: "sweep")
        return space.draws(space.random(&rng))
    }

    /// Runs the chain with `evaluate`; the steps in order.
    package func run(_ evaluate: SearchEvaluator) throws(SearchStopped) -> [Step] {
        var rng = RandomStream(root: UInt64(max(0, seed)), trial: 0, name: "sweep")
        var current = space.random(&rng)
        var seen: Set<String> = []  // membership only, never iterated
        func step(_ index: Int, _ point: [SearchSpace.Coordinate], temperature: Double) throws(SearchStopped)
            -> (Step, Double)
        {
            let draws = space.draws(point)
            let evaluation = try evaluate([draws])[0]
            let repeated = !evaluation.configurationID.isEmpty && !seen.insert(evaluation.configurationID).inserted
            return (Step(index: index, draws: draws, configurationID: evaluation.configurationID,
                         objective: evaluation.objective, accepted: false, temperature: temperature,
                         problem: evaluation.problem, repeated: repeated),
                    SearchObjective.loss(evaluation.objective, sweep.objective))
        }
        var (first, currentLoss) = try step(0, current, temperature: initialTemperature)
        first.accepted = true
        var steps = [first]
        for t in 1..<budget {
            let temperature = initialTemperature * Elementary.pow(coolingRate, Double(t - 1))
            let proposal = space.neighbour(of: current, scale: 0.25 * temperature / initialTemperature, &rng)
            var (next, loss) = try step(t, proposal, temperature: temperature)
            let u = rng.uniform()
            if loss.isFinite {
                next.accepted = !currentLoss.isFinite || loss <= currentLoss || u < Elementary.exp(-(loss - currentLoss) / temperature)
            }
            if next.accepted {
                current = proposal
                currentLoss = loss
            }
            steps.append(next)
        }
        return steps
    }
}

extension AnnealingSearch: SweepDriver {
    /// Runs the chain; every evaluated configuration's seed replicates are the bundle's trials,
    /// in the order first evaluated.
    package func drive<Prepared: Sendable>(_ plan: RunPlan, _ batches: TrialBatches<Prepared>) -> SweepOutcome? {
        let evaluations = SearchBatches(experiment: plan.experiment)
        guard let steps = try? run(batches.evaluator(plan, evaluations)) else { return nil }
        return SweepOutcome(
            trials: evaluations.trials, record: record(steps, epochs: evaluations.trials.reduce(0) { $0 + $1.outcome.epochs }))
    }
}
