import LRTrial

/// A run summarised per configuration: statistics over seeds, the best configuration and
/// whether it beats the runner-up by more than seed noise.
///
/// Deterministic: configurations keep their first-appearance order in the run, metrics the
/// order they first appear in outcomes, and every reduction runs in trial order.
package struct RunSummary: Sendable {
    /// In order of first appearance in the run.
    package var configurations: [ConfigurationSummary]
    /// Names of the final metrics any trial reported, in first-appearance order.
    package var metricNames: [String]
    package var objective: SummaryObjective
    /// Index into `configurations` of the best mean objective (ties: the first); nil when no
    /// configuration has a usable trial.
    package var best: Int?
    /// Best against runner-up; nil when fewer than two configurations have usable trials.
    package var comparison: SeedComparison?
    /// Every other ranked configuration against the best, Holm-corrected, in rank order.
    package var againstBest: [BestComparison] = []
    /// Index into `configurations` of the baseline `sweep.objective.baseline` names; nil
    /// without one.
    package var baseline: Int?
    /// Every other ranked configuration against the baseline, Holm-corrected, in rank order;
    /// empty without a baseline.
    package var againstBaseline: [BestComparison] = []
    /// Status counts over all trials.
    package var statuses: StatusCounts
    /// Under successive halving, the budget in epochs the best is chosen at: the largest any
    /// trial trained. Rungs are never compared across budgets (a 3-epoch trial's loss says
    /// nothing against a 27-epoch one's), so only configurations trained for it are ranked.
    package var budget: Int?

    /// The best configuration, if any.
    package var bestConfiguration: ConfigurationSummary? { best.map { configurations[$0] } }

    /// Summarises `result`.
    package init(_ result: RunResult) {
        let objective = SummaryObjective.resolve(for: result)
        self.objective = objective

        var names: [String] = []
        for trial in result.trials {
            for metric in trial.outcome.final where !names.contains(metric.name) {
                names.append(metric.name)
            }
        }
        metricNames = names

        // Group by configuration id, keeping first-appearance order (no dictionary order).
        var order: [String] = []
        var groups: [String: [RunResult.Trial]] = [:]
        for trial in result.trials {
            let id = trial.spec.configurationID
            if groups[id] == nil { order.append(id) }
            groups[id, default: []].append(trial)
        }

        var total = StatusCounts()
        configurations = order.map { id in
            let trials = groups[id] ?? []
            var counts = StatusCounts()
            for trial in trials { counts[trial.outcome.status] += 1 }
            total.ok += counts.ok
            total.stopped += counts.stopped
            total.diverged += counts.diverged
            total.failed += counts.failed
            let usable = trials.filter { StatusCounts.counts($0.outcome.status) }
            func stats(_ name: String) -> SampleStatistics {
                SampleStatistics(
                    name: name,
                    values: usable.compactMap { $0.outcome.metric(name) }.filter(\.isFinite))
            }
            return ConfigurationSummary(
                id: id,
                parameters: trials.first?.spec.assignments.map(ParameterValue.init) ?? [],
                trialIDs: trials.map(\.spec.id),
                seeds: trials.map(\.spec.seed),
                statuses: counts,
                metrics: names.map(stats),
                objective: stats(objective.metric),
                trainedEpochs: trials.first.flatMap(Self.trainedEpochs),
                objectiveBySeed: usable.compactMap { trial in
                    trial.outcome.metric(objective.metric).flatMap { $0.isFinite ? (trial.spec.seed, $0) : nil }
                })
        }
        statuses = total

        budget = result.experiment.sweep?.method == .halving ? configurations.compactMap(\.trainedEpochs).max() : nil

        // Rank by mean objective (under a target, by seeds that reached it first); a stable
        // order keeps the first of equal means ahead.
        let ranked = configurations.indices
            .filter(isRanked)
            .compactMap { i in configurations[i].objective.mean.map { (index: i, mean: $0) } }
            .enumerated()
            .sorted { lhs, rhs in
                let reached = (configurations[lhs.element.index].objective.n, configurations[rhs.element.index].objective.n)
                if let ahead = objective.ranksAhead(reached: reached.0, reached.1) { return ahead }
                if objective.isBetter(lhs.element.mean, than: rhs.element.mean) { return true }
                if objective.isBetter(rhs.element.mean, than: lhs.element.mean) { return false }
                return lhs.offset < rhs.offset
            }
            .map(\.element.index)
        best = ranked.first
        againstBest = BestComparison.all(configurations, ranked: ranked)
        if let wanted = result.experiment.sweep?.objective.baseline,
            let trial = result.trials.first(where: { wanted.matches($0.spec) }),
            let index = configurations.firstIndex(where: { $0.id == trial.spec.configurationID })
        {
            baseline = index
            againstBaseline = BestComparison.all(configurations, against: index, others: ranked.filter { $0 != index })
        }
        comparison = againstBest.first.map { SeedComparison(best: ranked[0], runnerUp: $0, comparisons: againstBest.count) }
    }

    /// Whether configuration `index` competes for the best: every one does, except under
    /// halving, where only those trained for the largest budget do.
    package func isRanked(_ index: Int) -> Bool {
        budget == nil || configurations[index].trainedEpochs == budget
    }

    /// The `train.epochs` a sweep set for `trial` (halving's rung budget), nil when unset.
    package static func trainedEpochs(_ trial: RunResult.Trial) -> Int? {
        guard case .int(let epochs)? = trial.spec.assignments.last(where: { $0.path == "train.epochs" })?.value.scalar else {
            return nil
        }
        return epochs
    }
}
