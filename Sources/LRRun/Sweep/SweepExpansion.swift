import LRConfig

/// The trials a sweep expands to, and what expanding it noticed without failing.
package struct SweepExpansion: Sendable {
    /// In sweep order: configurations as the method yields them, each followed by its seed
    /// replicates in the order of `sweep.seeds`.
    package var trials: [TrialSpec]
    /// Warnings, e.g. a configuration or seed listed twice (the repeat is skipped).
    package var warnings: [Diagnostic]

    package init(trials: [TrialSpec], warnings: [Diagnostic]) {
        self.trials = trials
        self.warnings = warnings
    }
}
