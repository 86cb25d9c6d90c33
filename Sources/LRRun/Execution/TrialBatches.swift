import LRTrial

/// Runs batches of trials for a sweep driver: one executor (`--jobs` workers, the trial
/// cache, shared data), one cancellation flag and one event stream for the whole run, with
/// each batch's trial indexes following the earlier batches'. Keeps the run's tallies.
///
/// The mode says where trials the cache lacks are trained; any mode but `local` trains a
/// batch's missing trials elsewhere (or not at all) and takes every outcome from the cache.
package final class TrialBatches<Prepared: Sendable> {
    package let executor: Executor
    package let work: TrialWork<Prepared>
    package let mode: ExecutionMode
    package let cancellation: CancellationFlag
    package let events: @Sendable (ExecutionEvent) -> Void
    /// Trials trained and taken from the cache so far.
    private(set) var trained = 0
    private(set) var cached = 0
    /// Batches run so far (a halving sweep's rungs).
    private(set) var batchCount = 0
    /// The last batch's report (what a stopped run reports).
    private(set) var last = ExecutionReport(outcomes: [], trained: 0, cached: 0, ending: .completed)
    /// Why a non-local mode stopped the sweep; nil while it goes on (or for `local`).
    private(set) var stop: BatchStop?

    package init(
        executor: Executor, work: TrialWork<Prepared>, mode: ExecutionMode = .local, cancellation: CancellationFlag,
        events: @escaping @Sendable (ExecutionEvent) -> Void
    ) {
        self.executor = executor
        self.work = work
        self.mode = mode
        self.cancellation = cancellation
        self.events = events
    }

    /// Runs `trials`, indexed from `offset` in events; their outcomes in order, or nil when the
    /// batch stopped (interrupted, `--fail-fast`, or a non-local mode that cannot go on). A
    /// signal after the batch's last trial counts as stopping too.
    package func run(_ trials: [PlannedTrial], offset: Int = 0) -> [TrialOutcome]? {
        guard stop == nil else { return nil }
        batchCount += 1
        switch mode {
        case .local:
            return runHere(trials, offset: offset)
        case .shard(let shard):
            return runShare(trials, offset: offset, shard: shard)
        case .cachedOnly:
            let found = lookUp(trials)
            let missing = found.indices.filter { found[$0] == nil }
            guard missing.isEmpty else {
                stop = .missing(missing.map { trials[$0] })
                return nil
            }
            return taken(found, trials, offset: offset)
        case .cluster(let backend):
            return runOnCluster(trials, offset: offset, backend: backend)
        }
    }

    private func runHere(_ trials: [PlannedTrial], offset: Int) -> [TrialOutcome]? {
        let events = self.events
        let report = executor.run(trials, work: work, cancellation: cancellation) { events($0.offset(by: offset)) }
        trained += report.trained
        cached += report.cached
        last = report
        guard report.ending == .completed, !cancellation.isCancelled, let outcomes = report.complete else { return nil }
        return outcomes
    }

    /// A complete batch goes on from the cache; the first incomplete one has this shard's
    /// share of its missing trials trained here, and then the shard is done.
    private func runShare(_ trials: [PlannedTrial], offset: Int, shard: Shard) -> [TrialOutcome]? {
        let found = lookUp(trials)
        let missing = found.indices.filter { found[$0] == nil }
        if missing.isEmpty { return taken(found, trials, offset: offset, quietly: true) }
        let share = trials.indices.filter(shard.owns)
        let toTrain = missing.filter(shard.owns)
        let events = self.events
        let report = executor.run(toTrain.map { trials[$0] }, work: work, cancellation: cancellation) { event in
            events(event.reindexed { toTrain[$0] + offset })
        }
        trained += report.trained
        cached += share.count - toTrain.count + report.cached
        last = report
        let failed = zip(toTrain, report.outcomes).compactMap { position, outcome in
            outcome?.status == .failed ? (trials[position].spec.id, outcome?.message ?? "") : nil
        }
        stop = .shardDone(batch: batchCount, share: share.count, batchSize: trials.count,
                          failed: failed.map { ShardReport.Failure(trial: $0.0, message: $0.1) })
        return nil
    }

    private func runOnCluster(_ trials: [PlannedTrial], offset: Int, backend: any ClusterBackend) -> [TrialOutcome]? {
        var found = lookUp(trials)
        let missing = found.indices.filter { found[$0] == nil }
        for (index, outcome) in found.enumerated() {
            if let outcome { events(.finished(index: index + offset, trial: trials[index].spec, outcome: outcome, cached: true, seconds: 0)) }
        }
        if !missing.isEmpty {
            guard !cancellation.isCancelled else {
                stop = .clusterFailed(ClusterFailure("interrupted", interrupted: true))
                return nil
            }
            if let failure = backend.train(
                batch: trials, missing: missing, number: batchCount, offset: offset, cache: cacheOrTemporary,
                cancellation: cancellation, events: events)
            {
                stop = .clusterFailed(failure)
                return nil
            }
            found = lookUp(trials)
            let still = found.indices.filter { found[$0] == nil }
            guard still.isEmpty else {
                stop = .clusterFailed(ClusterFailure(
                    "the cluster's jobs ended but \(still.count) trials are not in the cache", trials: still.map { trials[$0].spec.id }))
                return nil
            }
        }
        trained += missing.count
        cached += trials.count - missing.count
        return found.compactMap { $0 }
    }

    /// The batch's outcomes from the cache, nil where there is none.
    private func lookUp(_ trials: [PlannedTrial]) -> [TrialOutcome?] {
        guard let cache = executor.cache else { return trials.map { _ in nil } }
        return trials.map { cache.outcome(key: $0.trialKey) }
    }

    /// Outcomes found in the cache, counted (and shown, unless `quietly`) as cached.
    private func taken(_ found: [TrialOutcome?], _ trials: [PlannedTrial], offset: Int, quietly: Bool = false) -> [TrialOutcome] {
        let outcomes = found.compactMap { $0 }
        if !quietly {
            for (index, (trial, outcome)) in zip(trials, outcomes).enumerated() {
                events(.finished(index: index + offset, trial: trial.spec, outcome: outcome, cached: true, seconds: 0))
            }
            cached += outcomes.count
        }
        return outcomes
    }

    private var cacheOrTemporary: TrialCache {
        executor.cache ?? TrialCache(directory: .init(fileURLWithPath: defaultCacheDirectory))
    }

    /// Counts trials a driver trained itself (a `pbt` population, which trains as a whole).
    package func recordTrained(_ count: Int) {
        trained += count
    }

    /// Counts trials a driver took from the cache itself (a whole `pbt` population).
    package func recordCached(_ count: Int) {
        cached += count
    }
}

/// Why a run in a non-local mode stopped before its sweep finished.
package enum BatchStop {
    /// The shard trained its share of batch `batch` (`share` of its `batchSize` trials).
    case shardDone(batch: Int, share: Int, batchSize: Int, failed: [ShardReport.Failure])
    /// `cachedOnly`: these trials are not in the cache.
    case missing([PlannedTrial])
    case clusterFailed(ClusterFailure)
}

extension ExecutionEvent {
    /// The event with its trial index moved by `offset` (the trials of earlier batches).
    package func offset(by offset: Int) -> ExecutionEvent {
        guard offset != 0 else { return self }
        return reindexed { $0 + offset }
    }

    /// The event with its trial index mapped by `index`.
    package func reindexed(_ index: (Int) -> Int) -> ExecutionEvent {
        switch self {
        case .started(let i, let trial): return .started(index: index(i), trial: trial)
        case .progress(let i, let trial, let progress): return .progress(index: index(i), trial: trial, progress)
        case .finished(let i, let trial, let outcome, let cached, let seconds):
            return .finished(index: index(i), trial: trial, outcome: outcome, cached: cached, seconds: seconds)
        case .corruptCacheEntry(let i, let trial, let reason):
            return .corruptCacheEntry(index: index(i), trial: trial, reason: reason)
        case .cacheWriteFailed(let i, let trial, let reason):
            return .cacheWriteFailed(index: index(i), trial: trial, reason: reason)
        }
    }
}
