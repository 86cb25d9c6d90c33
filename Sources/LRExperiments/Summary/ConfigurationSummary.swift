/// The seed replicates of one configuration, summarised.
public struct ConfigurationSummary: Sendable {
    /// Shared by the configuration's trials (`TrialSpec.configurationID`).
    public var id: String
    /// The swept values, in the order of the sweep's `parameters`.
    public var parameters: [ParameterValue]
    /// The configuration's trials, in trial order.
    public var trialIDs: [String]
    /// Their seeds, in the same order.
    public var seeds: [Int]
    public var statuses: StatusCounts
    /// One entry per final metric of the run (in the run's metric order), over the trials
    /// that finished `ok` or `stopped`.
    public var metrics: [SampleStatistics]
    /// The objective over the same trials.
    public var objective: SampleStatistics
    /// The `train.epochs` the sweep set for it (halving's rung budget); nil when unset.
    public var trainedEpochs: Int?
    /// The objective's finite values with their trials' seeds, in trial order: what seed
    /// tests pair on.
    public var objectiveBySeed: [(seed: Int, value: Double)]

    /// The statistics of a metric by name.
    public func metric(_ name: String) -> SampleStatistics? {
        metrics.first { $0.name == name }
    }

    /// `path=value` pairs joined by `, ` (`default` when nothing is swept).
    public var label: String {
        parameters.isEmpty ? "default" : parameters.map { "\($0.path)=\($0.text)" }.joined(separator: ", ")
    }
}
