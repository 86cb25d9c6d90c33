/// The trials a sweep expands to, and what expanding it noticed without failing.
public struct SweepExpansion: Sendable {
    /// In sweep order: configurations as the method yields them, each followed by its seed
    /// replicates in the order of `sweep.seeds`.
    public var trials: [TrialSpec]
    /// Warnings, e.g. a configuration or seed listed twice (the repeat is skipped).
    public var warnings: [Diagnostic]

    public init(trials: [TrialSpec], warnings: [Diagnostic]) {
        self.trials = trials
        self.warnings = warnings
    }
}
