import LRConfig

/// A trial ready for the executor: its spec, the key its outcome is cached under, and the
/// key of the prepared data it shares with other trials.
package struct PlannedTrial: Sendable {
    package var spec: TrialSpec
    /// The content key of the trial's outcome (`PipelineGraph.trialKey(for:)`).
    package var trialKey: String
    /// The content key of its prepared data (`PipelineGraph.dataKey(for:)`); trials with the
    /// same key share one preparation. Nil: the trial prepares its own (e.g. function models).
    package var dataKey: String?

    package init(spec: TrialSpec, trialKey: String, dataKey: String?) {
        self.spec = spec
        self.trialKey = trialKey
        self.dataKey = dataKey
    }
}
