import Foundation
import LRConfig
import LREngine

/// `sweep.method: halving`: successive halving (Jamieson & Talwalkar, 2016) and Hyperband
/// (Li et al., 2017, "Hyperband: A Novel Bandit-Based Approach to Hyperparameter
/// Optimization"), with epochs as the budget.
///
/// - Configurations: the grid of the parameters when every one is a list or `choice`, else
///   `trials` random draws from the `sweep` stream (as `method: random`).
/// - Rungs: with η = `reduction_factor`, m = `min_epochs`, M = `max_epochs` (default
///   `train.epochs`) and s = the largest integer with m·η^s ≤ M, rung i = 0…s trains for
///   bᵢ = max(m, round(M/η^(s−i))) epochs, so the last rung trains for M.
/// - Bracket k = 0 … `brackets` − 1 (at most s + 1; 1 is plain successive halving) starts at
///   rung k with ⌈n/η^k⌉ configurations: all n in sweep order for k = 0, else the first of a
///   permutation drawn from the `sweep` stream (stream trial k). After each rung but the
///   last, the best max(1, ⌊count/η⌋) by the objective are promoted (ties by position);
///   a configuration without a finite objective (every seed failed) is never promoted.
/// - The run's best configuration is chosen among those trained for the largest budget
///   reached (`RunSummary.budget`): rungs are never compared across budgets.
/// - A rung's trial is a normal trial with `train.epochs` set to the rung's budget, trained
///   from scratch: every trial is cacheable and reproducible on its own, at the price of
///   re-training the promoted configurations' early epochs (counted in the epochs figure).
///   A (configuration, budget) pair evaluated twice (in two brackets) is trained once.
/// - Each rung is one batch, so its trials run in parallel under `--jobs`; the promotions
///   depend only on the outcomes, so the result is the same for any `--jobs`.
package struct HalvingSearch {
    /// One rung of one bracket.
    package struct Rung: Sendable {
        var bracket: Int
        var rung: Int
        var epochs: Int
        /// The configurations evaluated (their ids without the budget) and their objectives.
        var entries: [(draws: [SweepDraw], configurationID: String, objective: Double?)]
        /// Positions (into `entries`) promoted to the next rung, best first.
        var promoted: [Int]
    }

    package var sweep: SweepConfig
    package var experiment: Experiment
    package var configurations: [[SweepDraw]]

    package init(_ sweep: SweepConfig, _ experiment: Experiment, configurations: [[SweepDraw]]) {
        self.sweep = sweep
        self.experiment = experiment
        self.configurations = configurations
    }

    package var eta: Int { max(2, sweep.reductionFactor ?? 3) }
    package var minEpochs: Int { max(1, sweep.minEpochs ?? 1) }
    package var maxEpochs: Int { max(minEpochs, sweep.maxEpochs ?? experiment.train.epochs ?? minEpochs) }

    /// The rungs' budgets, smallest first.
    package var budgets: [Int] {
        var s = 0
        var reach = minEpochs
        while reach <= maxEpochs / eta { reach *= eta; s += 1 }
        return (0...s).map { i in max(minEpochs, Int((Double(maxEpochs) / Elementary.pow(Double(eta), Double(s - i))).rounded())) }
    }

    /// The number of brackets run: `brackets`, at most one per rung.
    package var bracketCount: Int { min(max(1, sweep.brackets ?? 1), budgets.count) }

    /// The most (configuration, budget) evaluations the brackets can make: every rung's
    /// count, as `run` promotes them (fewer when two brackets share an evaluation).
    package var mostEvaluations: Int {
        let budgets = budgets
        var total = 0
        for k in 0..<bracketCount {
            var alive = configurations.count
            for _ in 0..<k { alive = (alive + eta - 1) / eta }
            alive = k > 0 ? max(1, alive) : alive
            for _ in k..<budgets.count {
                total += alive
                alive = max(1, alive / eta)
            }
        }
        return total
    }

    /// The draws of a configuration trained for `epochs`: its own, then `train.epochs`.
    package func draws(_ configuration: [SweepDraw], epochs: Int) -> [SweepDraw] {
        let origin = experiment.document.value(at: "sweep.method")?.location ?? experiment.document.location
        return configuration + [SweepDraw.integer("train.epochs", epochs, at: origin)]
    }

    /// The configurations bracket `k` starts with.
    package func starters(bracket k: Int) -> [[SweepDraw]] {
        guard k > 0 else { return configurations }
        var count = configurations.count
        for _ in 0..<k { count = (count + eta - 1) / eta }
        var rng = RandomStream(root: UInt64(max(0, experiment.seed)), trial: UInt64(k), name: "sweep")
        return rng.permutation(configurations.count).prefix(max(1, count)).map { configurations[$0] }
    }

    /// Runs every bracket with `evaluate`; the rungs in order.
    package func run(_ evaluate: SearchEvaluator) throws(SearchStopped) -> [Rung] {
        var rungs: [Rung] = []
        let budgets = budgets
        for k in 0..<bracketCount {
            var alive = starters(bracket: k)
            for i in k..<budgets.count {
                let evaluations = try evaluate(alive.map { draws($0, epochs: budgets[i]) })
                let entries = zip(alive, evaluations).map { ($0, Self.baseID($1), $1.objective) }
                var promoted: [Int] = []
                if i < budgets.count - 1 {
                    let keep = max(1, alive.count / eta)
                    // A configuration with no usable trial (every seed failed or diverged to
                    // no value) has nothing to be promoted for.
                    let order = entries.indices.filter { entries[$0].2.map(\.isFinite) == true }.sorted { a, b in
                        let la = SearchObjective.loss(entries[a].2, sweep.objective)
                        let lb = SearchObjective.loss(entries[b].2, sweep.objective)
                        return la < lb || (la == lb && a < b)
                    }
                    promoted = Array(order.prefix(keep))
                }
                rungs.append(Rung(bracket: k, rung: i, epochs: budgets[i], entries: entries, promoted: promoted))
                if promoted.isEmpty { break }
                alive = promoted.map { alive[$0] }
            }
        }
        return rungs
    }

    /// The id of an evaluation's configuration (with the budget; names the trial's config).
    package static func baseID(_ evaluation: SearchEvaluation) -> String { evaluation.configurationID }
}

extension HalvingSearch: SweepDriver {
    /// Runs the rungs; every evaluated configuration's seed replicates are the bundle's trials,
    /// in the order first evaluated.
    package func drive<Prepared: Sendable>(_ plan: RunPlan, _ batches: TrialBatches<Prepared>) -> SweepOutcome? {
        let evaluations = SearchBatches(experiment: plan.experiment)
        guard let rungs = try? run(batches.evaluator(plan, evaluations)) else { return nil }
        return SweepOutcome(
            trials: evaluations.trials, record: record(rungs, epochs: evaluations.trials.reduce(0) { $0 + $1.outcome.epochs }))
    }
}
