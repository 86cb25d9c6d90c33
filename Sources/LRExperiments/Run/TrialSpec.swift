/// One trial of a run: a fully resolved experiment (sweep values substituted) and its seed.
public struct TrialSpec: Sendable {
    /// One swept value: the dotted path and the value it takes in this trial.
    public struct Assignment: Sendable {
        public var path: String
        public var value: ConfigNode

        public init(path: String, value: ConfigNode) {
            self.path = path
            self.value = value
        }
    }

    /// Stable id, derived from the resolved assignments and the seed (never from position):
    /// adding or reordering sweep values renames no existing trial.
    public var id: String
    /// Shared by the seed replicates of one configuration (the assignments without the seed).
    public var configurationID: String
    /// The swept values, in the order of the sweep's `parameters`.
    public var assignments: [Assignment]
    /// The trial seed: the replicate seed from `sweep.seeds`, else the experiment's seed.
    public var seed: Int
    /// The trial's resolved, validated experiment.
    public var experiment: Experiment
    /// The sweep's `epochs_to` target, which the trial records the epoch of (the resolved
    /// experiment has no `sweep:`); nil without one.
    public var target: SweepConfig.Target? = nil

    public init(
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
