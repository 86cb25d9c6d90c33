import LRBundle
import LRConfig
import LRTrial

/// What running one experiment file led to, for a Swift program that calls ``ExperimentRun/run()``.
public struct RunOutcome: Sendable, Equatable {
    /// The experiment's `name`.
    public var experiment: String
    /// The bundle written, nil when none was (``problem`` says why).
    public var bundleDirectory: String?
    /// Trials by status (`ok`, `stopped`, `diverged`, `failed`, `pruned`), counted over the
    /// trials that finished.
    public var statusCounts: [String: Int]
    /// Why no bundle was written; nil when one was.
    public var problem: String?
}

extension ExperimentRun {
    /// Plans every file, trains their trials on this machine (`jobs` at a time, cached trials
    /// taken from the cache) and writes one bundle per file, as `lrlab run` does.
    ///
    /// Trials train here whatever a file's `executor:` says; the bundle is the same either way,
    /// since where trials trained is not part of the result.
    ///
    /// - Returns: one ``RunOutcome`` per file, in order.
    /// - Throws: ``ConfigError`` with every file's diagnostics when any file is invalid; then
    ///   nothing runs.
    public func run() throws(ConfigError) -> [RunOutcome] {
        let planned: [RunPlan]
        switch plans() {
        case .failure(let error): throw error
        case .success(let success): planned = success
        }
        return planned.map { plan in
            RunOutcome(plan.experiment.name, execute(plan, work: .runner, mode: .local))
        }
    }
}

extension RunOutcome {
    init(_ experiment: String, _ attempt: RunAttempt) {
        self.experiment = experiment
        bundleDirectory = nil
        statusCounts = [:]
        problem = nil
        switch attempt {
        case .written(let result, _, let directory, _):
            bundleDirectory = directory
            for trial in result.trials { statusCounts[trial.outcome.status.rawValue, default: 0] += 1 }
        case .stopped(let execution):
            count(execution.outcomes)
            problem = "stopped before every trial finished; finished trials are cached"
        case .bundleFailed(let error, let execution):
            count(execution.outcomes)
            problem = error.description
        case .sharded:
            problem = "a shard trains its share and writes no bundle"
        case .missing(let trials):
            problem = "\(trials.count) trial(s) are not in the cache"
        case .clusterFailed(let failure, _):
            problem = failure.description
        case .unsupported(let reason):
            problem = reason
        }
    }

    private mutating func count(_ outcomes: [TrialOutcome?]) {
        for case let outcome? in outcomes { statusCounts[outcome.status.rawValue, default: 0] += 1 }
    }
}
