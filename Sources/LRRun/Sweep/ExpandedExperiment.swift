import LRConfig

/// An experiment file loaded and its sweep expanded, or the diagnostics that stopped it:
/// the common first step of `lrlab plan`, `graph` and `run`.
package struct ExpandedExperiment: Sendable {
    package var experiment: Experiment
    package var trials: [TrialSpec]
    /// Warnings of loading and expanding (e.g. a repeated sweep value).
    package var warnings: [Diagnostic]

    /// Loads `file` with `overrides` and expands its sweep; throws every error (and warning)
    /// found, sorted as the loader sorts them.
    package init(file: String, overrides: [String] = [], loader: ExperimentLoader = ExperimentLoader())
        throws(ConfigError)
    {
        let result = loader.check(file: file, overrides: overrides)
        guard let experiment = result.experiment, result.isValid else {
            throw ConfigError(diagnostics: result.diagnostics)
        }
        let expansion = try SweepExpander(loader: loader).expand(experiment)
        self.experiment = experiment
        self.trials = expansion.trials
        self.warnings = result.diagnostics + expansion.warnings
    }

}
