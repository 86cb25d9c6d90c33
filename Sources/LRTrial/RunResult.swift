import LRConfig

/// Everything a run produced, in trial order (the order the sweep expands to), whatever
/// order the trials finished in. Bundles, summaries and reports are written from this.
package struct RunResult: Sendable {
    /// One trial and what it produced.
    package struct Trial: Sendable {
        package var spec: TrialSpec
        package var outcome: TrialOutcome

        package init(spec: TrialSpec, outcome: TrialOutcome) {
            self.spec = spec
            self.outcome = outcome
        }
    }

    /// The experiment as loaded (extends and overrides applied, sweep not yet substituted).
    package var experiment: Experiment
    package var trials: [Trial]
    /// The data sets the trials trained on, for the report; empty when not described.
    package var data: [DataDescription]

    package init(experiment: Experiment, trials: [Trial], data: [DataDescription] = []) {
        self.experiment = experiment
        self.trials = trials
        self.data = data
    }
}
