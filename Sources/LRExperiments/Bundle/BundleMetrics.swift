/// The content of a bundle's `metrics.json`: every trial, a summary of each configuration
/// over its seeds, and the best configuration by the objective.
public struct BundleMetrics: Sendable, Equatable {
    /// One trial, in the run's trial order.
    public struct Trial: Sendable, Equatable {
        public var id: String
        public var configuration: String
        /// Swept paths and their values in this trial, in the sweep's parameter order.
        public var parameters: [Parameter]
        public var seed: Int
        public var status: TrialOutcome.Status
        public var message: String?
        public var final: [TrialOutcome.Metric]
        public var best: [TrialOutcome.Metric]
        public var epochs: Int
        public var steps: Int
    }

    /// One swept value.
    public struct Parameter: Sendable, Equatable {
        public var path: String
        public var value: JSONValue
    }

    /// One configuration (a set of swept values) over its seed replicates.
    public struct Configuration: Sendable, Equatable {
        public var id: String
        public var parameters: [Parameter]
        /// Its trials, in trial order.
        public var trials: [String]
        /// How many of its trials ended with each status (every status, in `Status.allCases` order).
        public var statuses: [StatusCount]
        /// Each final metric over the trials that finished `ok` or `stopped`, in first-seen order.
        public var metrics: [MetricSummary]
    }

    /// How many trials ended with `status`.
    public struct StatusCount: Sendable, Equatable {
        public var status: TrialOutcome.Status
        public var count: Int
    }

    /// Mean and sample standard deviation (n − 1) of one metric over n trials.
    public struct MetricSummary: Sendable, Equatable {
        public var name: String
        /// Nil when n is 0.
        public var mean: Double?
        /// Nil when n is below 2.
        public var std: Double?
        public var n: Int
    }

    /// What configurations are ranked by.
    public struct Objective: Sendable, Equatable {
        /// The metric configurations were ranked by.
        public var metric: String
        public var maximize: Bool
        /// The metric the experiment asked for, when it differs from `metric`.
        public var requested: String?
        /// Why `metric` differs from the request, or why there is no best configuration.
        public var note: String?
    }

    /// The configuration with the best mean of the objective metric.
    public struct Best: Sendable, Equatable {
        public var configuration: String
        public var value: Double
    }

    public var experiment: String
    public var objective: Objective
    public var trials: [Trial]
    public var configurations: [Configuration]
    /// Nil when no configuration has a finite mean of the objective metric.
    public var best: Best?
}
