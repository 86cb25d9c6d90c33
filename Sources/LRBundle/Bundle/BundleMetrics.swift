import LRConfig
import LRTrial

/// The content of a bundle's `metrics.json`: every trial, a summary of each configuration
/// over its seeds, and the best configuration by the objective.
package struct BundleMetrics: Sendable, Equatable {
    /// One trial, in the run's trial order.
    package struct Trial: Sendable, Equatable {
        package var id: String
        package var configuration: String
        /// Swept paths and their values in this trial, in the sweep's parameter order.
        package var parameters: [Parameter]
        package var seed: Int
        package var status: TrialOutcome.Status
        package var message: String?
        package var final: [TrialOutcome.Metric]
        package var best: [TrialOutcome.Metric]
        package var epochs: Int
        package var steps: Int
    }

    /// One swept value.
    package struct Parameter: Sendable, Equatable {
        package var path: String
        package var value: JSONValue
    }

    /// One configuration (a set of swept values) over its seed replicates.
    package struct Configuration: Sendable, Equatable {
        package var id: String
        package var parameters: [Parameter]
        /// Its trials, in trial order.
        package var trials: [String]
        /// How many of its trials ended with each status (every status, in `Status.allCases` order).
        package var statuses: [StatusCount]
        /// Each final metric over the trials that finished `ok` or `stopped`, in first-seen order.
        package var metrics: [MetricSummary]
    }

    /// How many trials ended with `status`.
    package struct StatusCount: Sendable, Equatable {
        package var status: TrialOutcome.Status
        package var count: Int
    }

    /// Mean and sample standard deviation (n − 1) of one metric over n trials.
    package struct MetricSummary: Sendable, Equatable {
        package var name: String
        /// Nil when n is 0.
        package var mean: Double?
        /// Nil when n is below 2.
        package var std: Double?
        package var n: Int
    }

    /// What configurations are ranked by.
    package struct Objective: Sendable, Equatable {
        /// The metric configurations were ranked by.
        package var metric: String
        package var maximize: Bool
        /// The metric the experiment asked for, when it differs from `metric`.
        package var requested: String?
        /// Why `metric` differs from the request, or why there is no best configuration.
        package var note: String?
    }

    /// The configuration with the best mean of the objective metric.
    package struct Best: Sendable, Equatable {
        package var configuration: String
        package var value: Double
    }

    package var experiment: String
    package var objective: Objective
    package var trials: [Trial]
    package var configurations: [Configuration]
    /// Nil when no configuration has a finite mean of the objective metric.
    package var best: Best?
}
