/// Which metric ranks a run's configurations, and which configuration wins.
///
/// The experiment's `sweep.objective` (default `val_loss`, minimised; `train_loss` for
/// function models, which have no validation data). When no configuration has a value of the
/// requested metric, configurations are ranked by `train_loss` (minimised) instead, and the
/// objective's `note` says so.
struct ObjectiveChoice {
    var objective: BundleMetrics.Objective
    var best: BundleMetrics.Best?

    init(experiment: Experiment, configurations: [BundleMetrics.Configuration]) {
        let (metric, maximize) = Self.requested(experiment)
        if Self.hasValues(metric, configurations) {
            objective = .init(metric: metric, maximize: maximize, requested: nil, note: nil)
        } else if metric != Self.fallback, Self.hasValues(Self.fallback, configurations) {
            objective = .init(
                metric: Self.fallback, maximize: false, requested: metric,
                note: "no finished trial reported '\(metric)'; ranked by '\(Self.fallback)' (minimize) instead")
        } else {
            objective = .init(
                metric: metric, maximize: maximize, requested: nil,
                note: "no finished trial reported '\(metric)'; no best configuration")
        }
        best = Self.best(by: objective.metric, maximize: objective.maximize, in: configurations)
    }

    /// The metric used when the requested one is missing.
    static let fallback = "train_loss"

    /// The experiment's objective; without an explicit `sweep.objective.metric`, function
    /// models rank by `train_loss`.
    static func requested(_ experiment: Experiment) -> (metric: String, maximize: Bool) {
        let explicit = experiment.document["sweep"]?["objective"]?["metric"] != nil
        let objective = experiment.sweep?.objective
        if !explicit && experiment.model.kind == .function {
            return (fallback, objective?.maximize ?? false)
        }
        return (objective?.metric ?? "val_loss", objective?.maximize ?? false)
    }

    static func hasValues(_ metric: String, _ configurations: [BundleMetrics.Configuration]) -> Bool {
        configurations.contains { configuration in
            configuration.metrics.contains { $0.name == metric && $0.mean?.isFinite == true }
        }
    }

    /// The configuration with the best finite mean; the first one wins a tie.
    static func best(
        by metric: String, maximize: Bool, in configurations: [BundleMetrics.Configuration]
    ) -> BundleMetrics.Best? {
        var best: BundleMetrics.Best?
        for configuration in configurations {
            guard let mean = configuration.metrics.first(where: { $0.name == metric })?.mean, mean.isFinite
            else { continue }
            if let current = best, maximize ? !(mean > current.value) : !(mean < current.value) { continue }
            best = .init(configuration: configuration.id, value: mean)
        }
        return best
    }
}
