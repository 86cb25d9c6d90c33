import LRTrial

/// What an execution produced, in trial order.
package struct ExecutionReport: Sendable {
    /// Why the executor stopped.
    package enum Ending: Sendable, Equatable {
        /// Every trial has an outcome.
        case completed
        /// Cancelled (e.g. SIGINT): trials not started have no outcome.
        case interrupted
        /// `failFast` and a trial failed: trials not started have no outcome.
        case failedFast
    }

    /// One per planned trial, in plan order; nil for a trial that never ran.
    package var outcomes: [TrialOutcome?]
    /// Trials trained in this execution.
    package var trained: Int
    /// Trials taken from the cache.
    package var cached: Int
    package var ending: Ending

    /// Every outcome, when every trial has one.
    package var complete: [TrialOutcome]? {
        let present = outcomes.compactMap { $0 }
        return present.count == outcomes.count ? present : nil
    }
}
