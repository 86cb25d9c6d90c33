/// The metric the summary ranks configurations by.
public struct SummaryObjective: Sendable, Equatable {
    public var metric: String
    public var maximize: Bool
    /// The metric the experiment asked for when it was absent from every outcome and the
    /// summary fell back to `train_loss`; nil when the requested metric is used.
    public var fallbackFrom: String?

    public init(metric: String, maximize: Bool, fallbackFrom: String? = nil) {
        self.metric = metric
        self.maximize = maximize
        self.fallbackFrom = fallbackFrom
    }

    /// `sweep.objective` when there is a sweep, else `train_loss` for function models and
    /// `val_loss` otherwise (both minimised); `train_loss` when no outcome has the metric.
    static func resolve(for result: RunResult) -> SummaryObjective {
        let experiment = result.experiment
        let requested: SummaryObjective
        if let objective = experiment.sweep?.objective {
            requested = SummaryObjective(metric: objective.metric, maximize: objective.maximize)
        } else if experiment.model.kind == .function {
            requested = SummaryObjective(metric: "train_loss", maximize: false)
        } else {
            requested = SummaryObjective(metric: "val_loss", maximize: false)
        }
        let present = result.trials.contains { $0.outcome.metric(requested.metric) != nil }
        if present || requested.metric == "train_loss" { return requested }
        return SummaryObjective(metric: "train_loss", maximize: false, fallbackFrom: requested.metric)
    }

    /// Whether `a` is strictly better than `b` under this objective.
    func isBetter(_ a: Double, than b: Double) -> Bool {
        maximize ? a > b : a < b
    }
}
