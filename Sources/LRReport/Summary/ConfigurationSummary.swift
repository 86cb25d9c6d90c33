/// The seed replicates of one configuration, summarised.
package struct ConfigurationSummary: Sendable {
    /// Shared by the configuration's trials (`TrialSpec.configurationID`).
    package var id: String
    /// The swept values, in the order of the sweep's `parameters`.
    package var parameters: [ParameterValue]
    /// The configuration's trials, in trial order.
    package var trialIDs: [String]
    /// Their seeds, in the same order.
    package var seeds: [Int]
    package var statuses: StatusCounts
    /// One entry per final metric of the run (in the run's metric order), over the trials
    /// that finished `ok` or `stopped`.
    package var metrics: [SampleStatistics]
    /// The objective over the same trials.
    package var objective: SampleStatistics
    /// The `train.epochs` the sweep set for it (halving's rung budget); nil when unset.
    package var trainedEpochs: Int?
    /// The objective's finite values with their trials' seeds, in trial order: what seed
    /// tests pair on.
    package var objectiveBySeed: [(seed: Int, value: Double)]

    /// The statistics of a metric by name.
    package func metric(_ name: String) -> SampleStatistics? {
        metrics.first { $0.name == name }
    }

    /// `path=value` pairs joined by `, ` (`default` when nothing is swept).
    package var label: String {
        parameters.isEmpty ? "default" : parameters.map { "\($0.path)=\($0.text)" }.joined(separator: ", ")
    }
}
