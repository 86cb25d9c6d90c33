import Foundation
import LRBundle
import LRConfig
import LRTrial

/// Runs experiment files: plans every file, executes the trials and writes the bundles.
/// Signals, progress and what is printed are the caller's.
public struct ExperimentRun: Sendable {
    package var files: [String]
    package var overrides: [String]
    /// Parent directory of the bundles; nil means each experiment's `output.dir`.
    package var outDirectory: String?
    package var jobs: Int
    package var failFast: Bool
    /// The trial cache (`.lrlab/cache`, relative to the working directory).
    package var cacheDirectory: String
    /// The command as typed, for `provenance.json`.
    package var commandLine: [String]
    /// The work trees' states, probed from the moment the files are planned.
    private let gitProbes = GitProbes()

    /// A run of `files`, each with `overrides` (`dotted.path=value`) applied.
    ///
    /// - Parameters:
    ///   - outDirectory: the parent directory of the bundles; nil writes each to its
    ///     experiment's `output.dir`.
    ///   - jobs: trials trained at once.
    ///   - failFast: stop at the first failed trial, writing no bundle.
    ///   - cacheDirectory: the trial cache; a trial already in it is not trained again.
    ///   - commandLine: recorded in `provenance.json`.
    public init(
        files: [String], overrides: [String] = [], outDirectory: String? = nil,
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, failFast: Bool = false,
        cacheDirectory: String = defaultCacheDirectory, commandLine: [String] = []
    ) {
        self.files = files
        self.overrides = overrides
        self.outDirectory = outDirectory
        self.jobs = max(1, jobs)
        self.failFast = failFast
        self.cacheDirectory = cacheDirectory
        self.commandLine = commandLine
    }

    /// The plans of every file, or every file's diagnostics (nothing runs unless all are valid).
    package func plans() -> Result<[RunPlan], ConfigError> {
        for file in files { _ = gitProbes.probe(GitProbes.directory(of: file)) }
        var plans: [RunPlan] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            do { plans.append(try RunPlan(file: file, overrides: overrides, outDirectory: outDirectory)) } catch {
                diagnostics += error.diagnostics
            }
        }
        return diagnostics.contains { $0.severity == .error } ? .failure(ConfigError(diagnostics: diagnostics)) : .success(plans)
    }

    /// Runs `plan`'s trials with `work`, as its sweep method drives them, and, when all have
    /// an outcome, writes the bundle. `mode` says where trials the cache lacks are trained: a
    /// shard trains its share and writes no bundle; `cachedOnly` trains nothing.
    package func execute<Prepared: Sendable>(
        _ plan: RunPlan, work: TrialWork<Prepared>, mode: ExecutionMode = .local,
        cancellation: CancellationFlag = CancellationFlag(),
        events: @escaping @Sendable (ExecutionEvent) -> Void = { _ in }
    ) -> RunAttempt {
        let started = Date()
        if let limitation = plan.limitation(of: mode) { return .unsupported(limitation) }
        // Started before anything is written (by `plans()`, or here), so a bundle inside the
        // work tree does not count as a change; it runs while the trials train, which write only
        // into the cache (its own `.gitignore` keeps it out of `git status`).
        let git = gitProbes.probe(GitProbes.directory(of: plan.experiment.file))
        // The bundle describes the data the trials trained on; a core left idle describes it
        // ahead (a shard writes no bundle).
        let described: LowPriorityTask<[DataDescription.Described]>? =
            if case .shard = mode {
                nil
            } else {
                LowPriorityTask { DataDescription.describe(plan.trials.map(\.spec.experiment)) }
            }
        let executor = Executor(
            jobs: jobs, failFast: failFast, cache: TrialCache(directory: URL(fileURLWithPath: cacheDirectory)))
        let batches = TrialBatches(executor: executor, work: work, mode: mode, cancellation: cancellation, events: events)
        let outcome = plan.driver?.drive(plan, batches)
        switch batches.stop {
        case .shardDone(let batch, let share, let batchSize, let failed)?:
            guard case .shard(let shard) = mode else { break }
            return .sharded(ShardReport(
                shard: shard, trained: batches.trained, cached: batches.cached, share: share, batch: batch,
                batchSize: batchSize, failed: failed,
                interrupted: cancellation.isCancelled || batches.last.ending == .interrupted))
        case .missing(let trials)?:
            return .missing(trials)
        case .clusterFailed(let failure)?:
            return .clusterFailed(failure, trained: batches.trained)
        case nil:
            break
        }
        // A signal after the last trial still means "write no bundle".
        guard let outcome, !cancellation.isCancelled else {
            return .stopped(batches.last)
        }
        if case .cluster(let backend) = mode, backend.isDryRun {
            return .clusterFailed(ClusterFailure("dry run: every trial is in the cache; nothing to submit", dryRun: true), trained: 0)
        }
        if case .shard(let shard) = mode {
            // Every trial was in the cache already: nothing left for any shard.
            return .sharded(ShardReport(
                shard: shard, trained: 0, cached: 0, share: 0, batch: nil, batchSize: 0, failed: [], interrupted: false))
        }
        return publish(
            plan, outcome, trained: batches.trained, cached: batches.cached, started: started, git: git,
            describedData: described?.valueIfDone ?? [])
    }

    /// Writes the bundle of a finished run: the trials, provenance and, for a search, its record.
    func publish(
        _ plan: RunPlan, _ outcome: SweepOutcome, trained: Int, cached: Int, started: Date, git: GitProbe,
        describedData: [DataDescription.Described]
    ) -> RunAttempt {
        let execution = ExecutionReport(
            outcomes: outcome.trials.map(\.outcome), trained: trained, cached: cached, ending: .completed)
        let result = RunResult(
            experiment: Self.withoutExecutor(plan.experiment), trials: outcome.trials,
            data: DataDescription.of(outcome.trials, known: describedData))
        do {
            // The provenance is built last, so the git probe has until then to finish.
            let manifest = try Self.writer(record: outcome.record).write(
                result,
                provenance: Provenance(
                    started: started, finished: Date(), git: git.state, jobs: jobs, commandLine: commandLine,
                    trained: trained, cached: cached),
                to: URL(fileURLWithPath: plan.bundleDirectory))
            return .written(result, manifest: manifest, directory: plan.bundleDirectory, execution: execution)
        } catch let error as BundleError {
            return .bundleFailed(error, execution: execution)
        } catch {
            return .bundleFailed(.writeFailed(plan.bundleDirectory, reason: "\(error)"), execution: execution)
        }
    }

    /// `experiment` without its `executor:` section: where trials trained is not part of the
    /// result, so a bundle assembled from Slurm jobs equals one trained here byte for byte,
    /// whatever `--set executor.…` said.
    package static func withoutExecutor(_ experiment: Experiment) -> Experiment {
        guard case .mapping(let entries) = experiment.document.content, entries.contains(where: { $0.key == "executor" })
        else { return experiment }
        var stripped = experiment
        stripped.document = ConfigNode(.mapping(entries.filter { $0.key != "executor" }), location: experiment.document.location)
        stripped.executor = .default
        return stripped
    }

    /// The standard bundle, plus for a search its `search.json` and a section of `report.md`.
    package static func writer(record: SearchRecord?) -> BundleWriter {
        guard let record else { return BundleWriter() }
        return BundleWriter { result, summary in
            var files = try BundleWriter.standardReport(result, summary)
            if let index = files.firstIndex(where: { $0.path == "report.md" }) {
                let text = String(decoding: files[index].bytes, as: UTF8.self)
                files[index] = BundleContent(path: "report.md", text: text + "\n" + record.markdown)
            }
            files.append(BundleContent(path: SearchRecord.file, text: record.json.pretty() + "\n"))
            return files
        }
    }
}
