import LRConfig

/// What the executor does for a trial: prepare its data (once per data key) and train.
///
/// `Prepared` is the prepared data (for lrlab's runner, `PreparedData?`). Both closures are
/// called from worker threads, concurrently for different trials.
package struct TrialWork<Prepared: Sendable>: Sendable {
    /// Loads, splits and standardises a trial's data; a thrown error fails every trial
    /// sharing the data key, with the error's description as the message.
    package var prepare: @Sendable (TrialSpec) throws -> Prepared
    /// Trains one trial. Reports progress through the given callback (optional).
    package var train: @Sendable (TrialSpec, Prepared, _ progress: @escaping @Sendable (TrialProgress) -> Void) -> TrialOutcome

    package init(
        prepare: @escaping @Sendable (TrialSpec) throws -> Prepared,
        train: @escaping @Sendable (TrialSpec, Prepared, _ progress: @escaping @Sendable (TrialProgress) -> Void) -> TrialOutcome
    ) {
        self.prepare = prepare
        self.train = train
    }
}

/// How far a running trial is: epochs of a data model, or updates of a function model.
package struct TrialProgress: Sendable, Equatable {
    package var done: Int
    package var total: Int
    /// `epoch` or `step`.
    package var unit: String

    package init(done: Int, total: Int, unit: String) {
        self.done = done
        self.total = total
        self.unit = unit
    }
}
