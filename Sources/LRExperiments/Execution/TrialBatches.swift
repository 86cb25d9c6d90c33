/// Runs batches of trials for a sweep driver: one executor (`--jobs` workers, the trial
/// cache, shared data), one cancellation flag and one event stream for the whole run, with
/// each batch's trial indexes following the earlier batches'. Keeps the run's tallies.
final class TrialBatches<Prepared: Sendable> {
    let executor: Executor
    let work: TrialWork<Prepared>
    let cancellation: CancellationFlag
    let events: @Sendable (ExecutionEvent) -> Void
    /// Trials trained and taken from the cache so far.
    private(set) var trained = 0
    private(set) var cached = 0
    /// The last batch's report (what a stopped run reports).
    private(set) var last = ExecutionReport(outcomes: [], trained: 0, cached: 0, ending: .completed)

    init(
        executor: Executor, work: TrialWork<Prepared>, cancellation: CancellationFlag,
        events: @escaping @Sendable (ExecutionEvent) -> Void
    ) {
        self.executor = executor
        self.work = work
        self.cancellation = cancellation
        self.events = events
    }

    /// Runs `trials`, indexed from `offset` in events; their outcomes in order, or nil when the
    /// batch stopped (interrupted or `--fail-fast`). A signal after the batch's last trial
    /// counts as stopping too.
    func run(_ trials: [PlannedTrial], offset: Int = 0) -> [TrialOutcome]? {
        let events = self.events
        let report = executor.run(trials, work: work, cancellation: cancellation) { events($0.offset(by: offset)) }
        trained += report.trained
        cached += report.cached
        last = report
        guard report.ending == .completed, !cancellation.isCancelled, let outcomes = report.complete else { return nil }
        return outcomes
    }

    /// Counts trials a driver trained itself (a `pbt` population, which the cache cannot hold).
    func recordTrained(_ count: Int) {
        trained += count
    }
}

extension ExecutionEvent {
    /// The event with its trial index moved by `offset` (the trials of earlier batches).
    func offset(by offset: Int) -> ExecutionEvent {
        guard offset != 0 else { return self }
        switch self {
        case .started(let index, let trial): return .started(index: index + offset, trial: trial)
        case .progress(let index, let trial, let progress): return .progress(index: index + offset, trial: trial, progress)
        case .finished(let index, let trial, let outcome, let cached, let seconds):
            return .finished(index: index + offset, trial: trial, outcome: outcome, cached: cached, seconds: seconds)
        case .corruptCacheEntry(let index, let trial, let reason):
            return .corruptCacheEntry(index: index + offset, trial: trial, reason: reason)
        case .cacheWriteFailed(let index, let trial, let reason):
            return .cacheWriteFailed(index: index + offset, trial: trial, reason: reason)
        }
    }
}
