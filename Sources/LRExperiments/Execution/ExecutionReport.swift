/// What an execution produced, in trial order.
public struct ExecutionReport: Sendable {
    /// Why the executor stopped.
    public enum Ending: Sendable, Equatable {
        /// Every trial has an outcome.
        case completed
        /// Cancelled (e.g. SIGINT): trials not started have no outcome.
        case interrupted
        /// `failFast` and a trial failed: trials not started have no outcome.
        case failedFast
    }

    /// One per planned trial, in plan order; nil for a trial that never ran.
    public var outcomes: [TrialOutcome?]
    /// Trials trained in this execution.
    public var trained: Int
    /// Trials taken from the cache.
    public var cached: Int
    public var ending: Ending

    /// Every outcome, when every trial has one.
    public var complete: [TrialOutcome]? {
        let present = outcomes.compactMap { $0 }
        return present.count == outcomes.count ? present : nil
    }
}
