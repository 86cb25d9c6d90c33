import LRConfig
import LRTrial
import LRReport

/// What evaluating one configuration of an adaptive sweep gave: its trials (one per seed
/// replicate, in `sweep.seeds` order) and the objective.
package struct SearchEvaluation: Sendable {
    /// The configuration's id (`TrialIdentity.configurationID`); empty when it did not resolve.
    package var configurationID: String
    package var trials: [RunResult.Trial]
    /// The mean of the objective metric over the replicates that finished ok or stopped with
    /// a finite value; nil when none has one (every trial failed or diverged, or the
    /// configuration did not resolve).
    package var objective: Double?
    /// Why the configuration has no trials (it did not validate); nil otherwise.
    package var problem: String?
    /// Epochs trained by its trials (0 for function models).
    package var epochs: Int { trials.reduce(0) { $0 + $1.outcome.epochs } }
}

/// Runs configurations for an adaptive sweep, in batches, and remembers every result: a
/// configuration proposed again is not trained again.
///
/// Thrown when the run is interrupted or fails fast, so the search stops and no bundle is
/// written.
package struct SearchStopped: Error {}

/// The evaluation callback a search drives: the configurations of one batch in, their
/// evaluations out, in the same order.
package typealias SearchEvaluator = ([[SweepDraw]]) throws(SearchStopped) -> [SearchEvaluation]

/// The objective of trials by a sweep's objective (`final`, then `best` metrics).
package enum SearchObjective {
    /// The metric's value in one outcome, nil when absent or not finite.
    package static func value(_ outcome: TrialOutcome, metric: String) -> Double? {
        let found = outcome.final.first { $0.name == metric } ?? outcome.best.first { $0.name == metric }
        guard let value = found?.value, value.isFinite else { return nil }
        return value
    }

    /// The mean over the `trials` that finished ok or stopped with a finite value, summed in
    /// trial order: the trials the report averages. A diverged or failed trial keeps the
    /// metrics of its last finished epoch, which must not make its configuration look good.
    package static func mean(_ trials: [RunResult.Trial], metric: String) -> Double? {
        let values = trials.filter { StatusCounts.counts($0.outcome.status) }.compactMap { value($0.outcome, metric: metric) }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Whether `a` is strictly better than `b` (nil is worst) for `objective`.
    package static func isBetter(_ a: Double?, than b: Double?, _ objective: SweepConfig.Objective) -> Bool {
        guard let a else { return false }
        guard let b else { return true }
        return objective.maximize ? a > b : a < b
    }

    /// The loss to minimise: the objective, negated when it is maximised; +∞ for nil.
    package static func loss(_ value: Double?, _ objective: SweepConfig.Objective) -> Double {
        guard let value else { return .infinity }
        return objective.maximize ? -value : value
    }
}
