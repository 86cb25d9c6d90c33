import Dispatch
import Foundation
import LRTrial

/// Runs the trials of a plan: at most `jobs` at once, cached trials taken from the cache,
/// prepared data shared per data key, outcomes assembled in plan order whatever order the
/// trials finish in.
///
/// A `failed` or `diverged` trial is recorded and the run goes on; with `failFast`, no new
/// trial starts after the first failure (divergence is a result, not a failure). Raising
/// the cancellation flag likewise stops new trials from starting; running ones finish and
/// are cached.
package struct Executor: Sendable {
    /// Most trials running at once.
    package var jobs: Int
    package var failFast: Bool
    /// Nil runs without a cache.
    package var cache: TrialCache?

    package init(jobs: Int = ProcessInfo.processInfo.activeProcessorCount, failFast: Bool = false, cache: TrialCache?) {
        self.jobs = max(1, jobs)
        self.failFast = failFast
        self.cache = cache
    }

    /// Executes `plan` with `work`; `events` is called from worker threads.
    package func run<Prepared: Sendable>(
        _ plan: [PlannedTrial], work: TrialWork<Prepared>, cancellation: CancellationFlag = CancellationFlag(),
        events: @escaping @Sendable (ExecutionEvent) -> Void = { _ in }
    ) -> ExecutionReport {
        var outcomes: [TrialOutcome?] = Array(repeating: nil, count: plan.count)
        var pending: [Int] = []
        for (index, trial) in plan.enumerated() {
            switch cache?.lookup(key: trial.trialKey) ?? .miss {
            case .hit(let outcome):
                outcomes[index] = outcome
                events(.finished(index: index, trial: trial.spec, outcome: outcome, cached: true, seconds: 0))
            case .corrupt(let reason):
                events(.corruptCacheEntry(index: index, trial: trial.spec, reason: reason))
                pending.append(index)
            case .miss:
                pending.append(index)
            }
        }
        let cached = plan.count - pending.count

        var uses: [String: Int] = [:]
        for index in pending { if let key = plan[index].dataKey { uses[key, default: 0] += 1 } }
        let shared = SharedPreparations<Prepared>(uses: uses)
        let state = Locked(RunState(outcomes: outcomes, pending: pending))

        let workers = min(jobs, pending.count)
        let stores = CacheStores()
        if workers > 0 {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = state.withLock({ $0.claim(cancelled: cancellation.isCancelled) }) {
                    let outcome = execute(plan[index], index: index, work: work, shared: shared, stores: stores, events: events)
                    state.withLock { $0.finish(index, outcome, failFast: failFast) }
                }
            }
        }
        stores.wait()

        return state.withLock { run in
            let ending: ExecutionReport.Ending =
                run.next == run.pending.count ? .completed : (run.failedFast ? .failedFast : .interrupted)
            return ExecutionReport(outcomes: run.outcomes, trained: run.trained, cached: cached, ending: ending)
        }
    }

    /// Prepares (or shares) the trial's data, trains it and hands the outcome to the cache.
    private func execute<Prepared: Sendable>(
        _ trial: PlannedTrial, index: Int, work: TrialWork<Prepared>, shared: SharedPreparations<Prepared>,
        stores: CacheStores, events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> TrialOutcome {
        let spec = trial.spec
        events(.started(index: index, trial: spec))
        let prepared: SharedPreparations<Prepared>.Outcome
        if let key = trial.dataKey {
            prepared = shared.data(for: key) { try work.prepare(spec) }
            shared.release(key)
        } else {
            prepared = SharedPreparations<Prepared>.run { try work.prepare(spec) }
        }
        let outcome: TrialOutcome
        let start = DispatchTime.now().uptimeNanoseconds
        switch prepared {
        case .success(let data):
            outcome = work.train(spec, data) { events(.progress(index: index, trial: spec, $0)) }
        case .failure(let failure):
            outcome = .failed(failure.message)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let cache {
            stores.add {
                do { try cache.store(outcome, key: trial.trialKey, trialID: spec.id) } catch {
                    events(.cacheWriteFailed(index: index, trial: spec, reason: "\(error)"))
                }
            }
        }
        events(.finished(index: index, trial: spec, outcome: outcome, cached: false, seconds: seconds))
        return outcome
    }
}

/// Cache entries written one after the other on a thread of their own, so a worker starts
/// its next trial while the last one's files are flushed to disk; `run` waits for all of them
/// before it returns.
private final class CacheStores: Sendable {
    private let queue = DispatchQueue(label: "lrlab.cache-stores")
    private let group = DispatchGroup()

    func add(_ store: @escaping @Sendable () -> Void) {
        queue.async(group: group, execute: store)
    }

    func wait() {
        group.wait()
    }
}

/// The executor's shared bookkeeping, guarded by a lock.
private struct RunState {
    var outcomes: [TrialOutcome?]
    /// Indices still to train, in plan order; `next` is the first not yet claimed.
    var pending: [Int]
    var next = 0
    var trained = 0
    var failedFast = false

    init(outcomes: [TrialOutcome?], pending: [Int]) {
        self.outcomes = outcomes
        self.pending = pending
    }

    /// The next trial to start, nil when there is none or the run is stopping.
    mutating func claim(cancelled: Bool) -> Int? {
        guard !cancelled, !failedFast, next < pending.count else { return nil }
        defer { next += 1 }
        return pending[next]
    }

    mutating func finish(_ index: Int, _ outcome: TrialOutcome, failFast: Bool) {
        outcomes[index] = outcome
        trained += 1
        if failFast && outcome.status == .failed { failedFast = true }
    }
}
