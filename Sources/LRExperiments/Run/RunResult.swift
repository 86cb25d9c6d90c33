/// Everything a run produced, in trial order (the order the sweep expands to), whatever
/// order the trials finished in. Bundles, summaries and reports are written from this.
public struct RunResult: Sendable {
    /// One trial and what it produced.
    public struct Trial: Sendable {
        public var spec: TrialSpec
        public var outcome: TrialOutcome

        public init(spec: TrialSpec, outcome: TrialOutcome) {
            self.spec = spec
            self.outcome = outcome
        }
    }

    /// The experiment as loaded (extends and overrides applied, sweep not yet substituted).
    public var experiment: Experiment
    public var trials: [Trial]
    /// The data sets the trials trained on, for the report; empty when not described.
    public var data: [DataDescription]

    public init(experiment: Experiment, trials: [Trial], data: [DataDescription] = []) {
        self.experiment = experiment
        self.trials = trials
        self.data = data
    }
}
