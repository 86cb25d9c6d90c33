extension BundleMetrics {
    /// Summarises a run: trials in order, configurations in order of their first trial, and
    /// the best configuration by the experiment's objective.
    public init(result: RunResult) {
        let trials = result.trials.map(Trial.init)
        let configurations = Self.configurations(of: trials)
        let choice = ObjectiveChoice(experiment: result.experiment, configurations: configurations)
        self.init(
            experiment: result.experiment.name, objective: choice.objective, trials: trials,
            configurations: configurations, best: choice.best)
    }

    /// Groups trials by configuration id, keeping first-seen order.
    static func configurations(of trials: [Trial]) -> [Configuration] {
        var order: [String] = []
        var members: [String: [Trial]] = [:]  // looked up only; `order` gives the output order
        for trial in trials {
            if members[trial.configuration] == nil { order.append(trial.configuration) }
            members[trial.configuration, default: []].append(trial)
        }
        return order.map { id in
            let group = members[id] ?? []
            return Configuration(
                id: id, parameters: group.first?.parameters ?? [], trials: group.map(\.id),
                statuses: TrialOutcome.Status.allCases.map { status in
                    StatusCount(status: status, count: group.count { $0.status == status })
                },
                metrics: summaries(of: group))
        }
    }

    /// Each final metric over the trials that finished `ok` or `stopped`.
    static func summaries(of group: [Trial]) -> [MetricSummary] {
        let finished = group.filter { $0.status == .ok || $0.status == .stopped }
        var names: [String] = []
        for trial in group {
            for metric in trial.final where !names.contains(metric.name) { names.append(metric.name) }
        }
        return names.map { name in
            let values = finished.compactMap { trial in trial.final.first { $0.name == name }?.value }
            return MetricSummary(name: name, values: values)
        }
    }
}

extension BundleMetrics.MetricSummary {
    /// Mean and sample standard deviation of `values`, summed in the given order.
    init(name: String, values: [Double]) {
        let n = values.count
        var mean: Double?
        var std: Double?
        if n > 0 {
            var sum = 0.0
            for value in values { sum += value }
            let m = sum / Double(n)
            mean = m
            if n > 1 {
                var squares = 0.0
                for value in values { squares += (value - m) * (value - m) }
                std = (squares / Double(n - 1)).squareRoot()
            }
        }
        self.init(name: name, mean: mean, std: std, n: n)
    }
}

extension BundleMetrics.Trial {
    /// The bundle's record of one trial: everything but the curve.
    init(_ trial: RunResult.Trial) {
        self.init(
            id: trial.spec.id, configuration: trial.spec.configurationID,
            parameters: trial.spec.assignments.map { BundleMetrics.Parameter(path: $0.path, value: $0.value.json) },
            seed: trial.spec.seed, status: trial.outcome.status, message: trial.outcome.message,
            final: trial.outcome.final, best: trial.outcome.best, epochs: trial.outcome.epochs,
            steps: trial.outcome.steps)
    }
}
