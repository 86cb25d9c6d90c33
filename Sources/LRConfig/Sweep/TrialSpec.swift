/// One trial of a run: a fully resolved experiment (sweep values substituted) and its seed.
package struct TrialSpec: Sendable {
    /// One swept value: the dotted path and the value it takes in this trial.
    package struct Assignment: Sendable {
        package var path: String
        package var value: ConfigNode

        package init(path: String, value: ConfigNode) {
            self.path = path
            self.value = value
        }
    }

    /// Stable id, derived from the resolved assignments and the seed (never from position):
    /// adding or reordering sweep values renames no existing trial.
    package var id: String
    /// Shared by the seed replicates of one configuration (the assignments without the seed).
    package var configurationID: String
    /// The swept values, in the order of the sweep's `parameters`.
    package var assignments: [Assignment]
    /// The trial seed: the replicate seed from `sweep.seeds`, else the experiment's seed.
    package var seed: Int
    /// The trial's resolved, validated experiment.
    package var experiment: Experiment
    /// The sweep's `epochs_to` target, which the trial records the epoch of (the resolved
    /// experiment has no `sweep:`); nil without one.
    package var target: SweepConfig.Target? = nil

    package init(
        id: String, configurationID: String, assignments: [Assignment], seed: Int,
        experiment: Experiment
    ) {
        self.id = id
        self.configurationID = configurationID
        self.assignments = assignments
        self.seed = seed
        self.experiment = experiment
    }
}
