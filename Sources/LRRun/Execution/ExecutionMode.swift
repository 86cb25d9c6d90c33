/// Where the trials a run needs, and the cache lacks, are trained.
package enum ExecutionMode: Sendable {
    /// Here, by the executor (`--jobs` at once); the bundle is written.
    case local
    /// This worker's share of the first batch the cache lacks trials of (every trial of a
    /// `grid` or `random` sweep; one rung of a `halving` sweep); no bundle is written.
    case shard(Shard)
    /// Nowhere: every trial must already be in the cache, and the bundle is written from it.
    case cachedOnly
    /// By a cluster writing into the same (shared) cache, batch by batch; the bundle is
    /// written here once every trial is in the cache.
    case cluster(any ClusterBackend)
}

/// Trains a batch's missing trials somewhere else (a Slurm job array), into the run's cache.
package protocol ClusterBackend: Sendable {
    /// Trains the trials of `batch` at `missing` (positions in the batch) so that their
    /// outcomes end up in `cache`, retrying as configured, and returns when they are there or
    /// cannot be: nil on success, else why not. `number` counts the run's batches from 1 (a
    /// halving rung); `offset` is the index of the batch's first trial in `events`.
    /// Raising `cancellation` must stop (and cancel) whatever was started.
    func train(
        batch: [PlannedTrial], missing: [Int], number: Int, offset: Int, cache: TrialCache,
        cancellation: CancellationFlag, events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> ClusterFailure?

    /// A dry run records what it would submit and submits nothing; it never writes a bundle.
    var isDryRun: Bool { get }
}

/// Why a cluster could not train a batch.
package struct ClusterFailure: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    /// Trials (ids) still without an outcome, in batch order.
    package var trials: [String]
    /// The run was cancelled (its jobs were cancelled too).
    package var interrupted: Bool
    /// A dry run stopped here, as it should, having submitted nothing.
    package var dryRun: Bool

    package init(_ message: String, trials: [String] = [], interrupted: Bool = false, dryRun: Bool = false) {
        self.message = message
        self.trials = trials
        self.interrupted = interrupted
        self.dryRun = dryRun
    }

    package var description: String { message }
}
