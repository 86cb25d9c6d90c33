import LRTrial
import LRReport

extension BundleMetrics {
    /// The metrics of a run: its trials in order, and the configurations, objective and best
    /// configuration of its `RunSummary` (the same summary the report shows).
    package init(result: RunResult, summary: RunSummary) {
        let trials = result.trials.map(Trial.init)
        let configurations = summary.configurations.map { configuration in
            Configuration(
                id: configuration.id,
                // Typed values from the trials (the summary keeps their text only).
                parameters: trials.first { $0.configuration == configuration.id }?.parameters ?? [],
                trials: configuration.trialIDs,
                statuses: TrialOutcome.Status.allCases.map { StatusCount(status: $0, count: configuration.statuses[$0]) },
                metrics: configuration.metrics.map { MetricSummary(name: $0.name, mean: $0.mean, std: $0.std, n: $0.n) })
        }
        let objective = summary.objective
        var best: Best?
        if let winner = summary.bestConfiguration, let mean = winner.objective.mean {
            best = Best(configuration: winner.id, value: mean)
        }
        var note: String?
        if let requested = objective.fallbackFrom {
            note = "no trial reported '\(requested)'; ranked by '\(objective.metric)' (minimize) instead"
        } else if best == nil {
            note = "no trial finished with a value of '\(objective.metric)'; no best configuration"
        }
        self.init(
            experiment: result.experiment.name,
            objective: Objective(
                metric: objective.metric, maximize: objective.maximize, requested: objective.fallbackFrom, note: note),
            trials: trials, configurations: configurations, best: best)
    }

    /// The metrics of a run, summarised here.
    package init(result: RunResult) {
        self.init(result: result, summary: RunSummary(result))
    }
}

extension BundleMetrics.Trial {
    /// The bundle's record of one trial: everything but the curve.
    package init(_ trial: RunResult.Trial) {
        self.init(
            id: trial.spec.id, configuration: trial.spec.configurationID,
            parameters: trial.spec.assignments.map { BundleMetrics.Parameter(path: $0.path, value: $0.value.json) },
            seed: trial.spec.seed, status: trial.outcome.status, message: trial.outcome.message,
            final: trial.outcome.final, best: trial.outcome.best, epochs: trial.outcome.epochs,
            steps: trial.outcome.steps)
    }
}
