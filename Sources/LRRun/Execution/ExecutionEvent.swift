import LRConfig
import LRTrial

/// What the executor reports while it runs, for progress displays. Events come from worker
/// threads; `index` is the trial's position in the run.
package enum ExecutionEvent: Sendable {
    /// A trial began training (cached trials do not start).
    case started(index: Int, trial: TrialSpec)
    /// A running trial moved on.
    case progress(index: Int, trial: TrialSpec, TrialProgress)
    /// A trial has its outcome: trained in `seconds` (training only, without preparing data
    /// or caching), or taken from the cache.
    case finished(index: Int, trial: TrialSpec, outcome: TrialOutcome, cached: Bool, seconds: Double)
    /// A cache entry was unusable and its trial will be trained again.
    case corruptCacheEntry(index: Int, trial: TrialSpec, reason: String)
    /// A finished trial could not be stored in the cache; the run goes on.
    case cacheWriteFailed(index: Int, trial: TrialSpec, reason: String)
}
