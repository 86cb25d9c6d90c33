/// What running one plan led to.
public enum RunAttempt: Sendable {
    /// Every trial has an outcome and the bundle is written.
    case written(RunResult, manifest: BundleManifest, directory: String, execution: ExecutionReport)
    /// Interrupted, or stopped after a failure with `--fail-fast`: finished trials are cached,
    /// no bundle is written.
    case stopped(ExecutionReport)
    /// The trials ran but the bundle could not be written.
    case bundleFailed(BundleError, execution: ExecutionReport)
}
