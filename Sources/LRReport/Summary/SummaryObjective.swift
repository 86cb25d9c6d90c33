import LRConfig
import LRTrial

/// The metric the summary ranks configurations by.
package struct SummaryObjective: Sendable, Equatable {
    package var metric: String
    package var maximize: Bool
    /// The metric the experiment asked for when it was absent from every outcome and the
    /// summary fell back to `train_loss`; nil when the requested metric is used.
    package var fallbackFrom: String?
    /// Set for `epochs_to`: `metric` is the epoch the target was first reached, which a trial
    /// that never reached it does not have; configurations are then ranked first by how many
    /// of their seeds reached it, then by the mean epoch.
    package var target: SweepConfig.Target?

    package init(metric: String, maximize: Bool, fallbackFrom: String? = nil, target: SweepConfig.Target? = nil) {
        self.metric = metric
        self.maximize = maximize
        self.fallbackFrom = fallbackFrom
        self.target = target
    }

    /// `sweep.objective` when the file sets one, else `train_loss` for function models (they
    /// have no validation data) and `val_loss` otherwise, both minimised. When no finished
    /// (`ok`/`stopped`) trial reported the metric but some reported `train_loss`, that is used
    /// instead and `fallbackFrom` names the metric asked for.
    package static func resolve(for result: RunResult) -> SummaryObjective {
        let experiment = result.experiment
        // `sweep.objective.metric` defaults to val_loss when absent; only a written one counts
        // for function models.
        let explicit = experiment.document["sweep"]?["objective"]?["metric"] != nil
        let requested: SummaryObjective
        if !experiment.model.trainsOnData, !explicit {
            requested = SummaryObjective(metric: "train_loss", maximize: false)
        } else if let objective = experiment.sweep?.objective {
            requested = SummaryObjective(metric: objective.metric, maximize: objective.maximize, target: objective.target)
        } else {
            requested = SummaryObjective(metric: "val_loss", maximize: false)
        }
        let fallback = "train_loss"
        // No trial reaching a target is the answer, not a missing metric.
        if requested.target != nil { return requested }
        if requested.metric == fallback || reported(requested.metric, in: result)
            || !reported(fallback, in: result)
        {
            return requested
        }
        return SummaryObjective(metric: fallback, maximize: false, fallbackFrom: requested.metric)
    }

    /// Whether a finished trial has a finite value of `metric`.
    package static func reported(_ metric: String, in result: RunResult) -> Bool {
        result.trials.contains {
            StatusCounts.counts($0.outcome.status) && ($0.outcome.metric(metric)?.isFinite ?? false)
        }
    }

    /// Whether a configuration whose objective has `a` values ranks ahead of one with `b`
    /// before their means are compared: under a target, more seeds that reached it.
    package func ranksAhead(reached a: Int, _ b: Int) -> Bool? {
        guard target != nil, a != b else { return nil }
        return a > b
    }

    /// Whether `a` is strictly better than `b` under this objective.
    package func isBetter(_ a: Double, than b: Double) -> Bool {
        maximize ? a > b : a < b
    }
}
