import LRTrial
import LRBundle

/// What running one plan led to.
package enum RunAttempt: Sendable {
    /// Every trial has an outcome and the bundle is written.
    case written(RunResult, manifest: BundleManifest, directory: String, execution: ExecutionReport)
    /// Interrupted, or stopped after a failure with `--fail-fast`: finished trials are cached,
    /// no bundle is written.
    case stopped(ExecutionReport)
    /// The trials ran but the bundle could not be written.
    case bundleFailed(BundleError, execution: ExecutionReport)
    /// A shard trained its share (`--shard`); no bundle is written.
    case sharded(ShardReport)
    /// Assembling from the cache (`--require-cached`): these trials are not in it.
    case missing([PlannedTrial])
    /// The cluster could not train every trial (or the run was interrupted and its jobs
    /// cancelled); `trained` counts the trials it did put in the cache.
    case clusterFailed(ClusterFailure, trained: Int)
    /// The sweep method cannot run in the mode asked for; the reason says why.
    case unsupported(String)
}
