import ArgumentParser
import Foundation
import LRConfig
import LRBundle
import LRRun
import LRTrial

extension ExecutorConfig.Kind: ExpressibleByArgument {}

/// `lrlab run`: run experiments and write their result bundles.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run experiments and write a result bundle for each.",
        discussion: """
            Each FILE is validated (exit 2 on any error, nothing runs), its sweep expanded and its \
            trials run, at most --jobs at once. Finished trials are cached by content in --cache, so \
            an interrupted run continues where it stopped. The bundle goes to <output dir>/<name> \
            (results/<name> by default), replaced atomically.

            Exit status: 0 when every trial finished ok, stopped early or diverged; 1 when any \
            failed; 2 for invalid input; 130 (SIGINT) or 143 (SIGTERM) when interrupted.

            Sharing a sweep between machines: --shard I/N trains only shard I's share of the \
            trials (positions I, I+N, I+2N… of the trial list) into --cache, which the shards \
            share, and writes no bundle; --require-cached then writes the bundle from the cache \
            without training, or lists the missing trials and exits 1.
            """)

    @Argument(help: "Experiment files to run.")
    var files: [String]

    @OptionGroup var overrideOptions: OverrideOptions

    @Option(help: ArgumentHelp("Directory to write bundles into (default: the experiment's output.dir).", valueName: "dir"))
    var out: String?

    @Option(name: .customLong("jobs"), help: ArgumentHelp("Trials to run at once (default: the number of active processors).", valueName: "jobs"))
    var jobOption: Int?

    /// `--jobs`, or the number of active processors.
    var jobs: Int { jobOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Flag(help: "Start no new trial after the first failed one (diverged trials do not count).")
    var failFast = false

    @Flag(help: "Print no progress; only the summary.")
    var quiet = false

    @Option(help: ArgumentHelp("The trial cache directory.", valueName: "dir"))
    var cache: String = defaultCacheDirectory

    @Option(help: ArgumentHelp(
        "Train only this share of the trials, write no bundle: I/N (0 ≤ I < N), 'auto' (a Slurm array task's "
            + "SLURM_ARRAY_TASK_ID of SLURM_ARRAY_TASK_COUNT) or 'auto/N' (JOB_COMPLETION_INDEX, else SLURM_ARRAY_TASK_ID, of N).",
        valueName: "I/N"))
    var shard: String?

    @Flag(help: "Train nothing: write the bundle from the cache, or list the trials it lacks and exit 1.")
    var requireCached = false

    @Option(help: ArgumentHelp(
        "Where trials train: 'local', or 'slurm' (job arrays of shards into a shared --cache, followed, then the bundle "
            + "assembled here). Default: the experiment's executor.kind.", valueName: "kind"))
    var executor: ExecutorConfig.Kind?

    @Option(help: ArgumentHelp("Slurm: times a failed or cancelled array task's trials are submitted again "
        + "(default: executor.retries, 2).", valueName: "n"))
    var retries: Int?

    @Flag(help: "Slurm: print the job script and the sbatch command of the first batch; submit nothing.")
    var dryRun = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if shard != nil && requireCached { throw ValidationError("--shard and --require-cached cannot be combined") }
        if executor == .slurm && (shard != nil || requireCached) {
            throw ValidationError("--executor slurm cannot be combined with --shard or --require-cached")
        }
        if let retries, retries < 0 || retries > ExecutorConfig.maxRetries {
            throw ValidationError("--retries must be between 0 and \(ExecutorConfig.maxRetries), got \(retries)")
        }
        _ = try parsedShard()
    }

    /// `--shard`, read with the process's environment.
    func parsedShard() throws -> Shard? {
        guard let shard else { return nil }
        do { return try Shard.parse(shard, environment: ProcessInfo.processInfo.environment) } catch {
            throw ValidationError("--shard: \(error.message)")
        }
    }

    /// Where the trials the cache lacks are trained, for one plan: `--shard` and
    /// `--require-cached` first, then `--executor`, then the experiment's `executor.kind`.
    func mode(for plan: RunPlan, overrides: [String], notes: @escaping @Sendable (String) -> Void) throws -> ExecutionMode {
        if let shard = try parsedShard() { return .shard(shard) }
        if requireCached { return .cachedOnly }
        guard (executor ?? plan.experiment.executor.kind) == .slurm else {
            if dryRun { throw ValidationError("--dry-run applies to --executor slurm") }
            return .local
        }
        var settings = plan.experiment.executor
        if let retries { settings.retries = retries }
        let cacheDirectory = Self.absolute(cache)
        let jobDirectory = cacheDirectory + "/slurm/" + plan.experiment.name
        // sbatch reads '%' in --output as a pattern, and a log path must say where the logs are.
        guard !jobDirectory.contains("%") else {
            throw ValidationError("--executor slurm: the cache path may not contain '%' (sbatch reads it in log file names): \(cacheDirectory)")
        }
        let job = SlurmJobSpec(
            name: plan.experiment.name, lrlab: Self.executablePath, workingDirectory: FileManager.default.currentDirectoryPath,
            experimentFile: Self.absolute(plan.experiment.file), cacheDirectory: cacheDirectory, jobDirectory: jobDirectory,
            overrides: overrides, settings: settings)
        return .cluster(SlurmCluster(job: job, dryRun: dryRun, notes: notes))
    }

    /// `path` made absolute against the working directory, for job scripts that run elsewhere.
    static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
    }

    /// This lrlab's executable, absolute (array tasks run the same binary).
    static var executablePath: String {
        if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return resolved }
        return absolute(CommandLine.arguments.first ?? "lrlab")
    }

    func run() throws {
        let colour = Terminal.colour
        let command = ExperimentRun(
            files: files, overrides: overrideOptions.overrides, outDirectory: out, jobs: jobs, failFast: failFast,
            cacheDirectory: cache, commandLine: CommandLine.arguments)
        let plans: [RunPlan]
        switch command.plans() {
        case .failure(let error):
            emit(.invalid(error.diagnostics, colour: colour))
            return
        case .success(let success):
            plans = success
        }

        let display = ProgressDisplay(mode: quiet ? .quiet : (Terminal.stderrIsTerminal ? .bar : .log))
        let cancellation = CancellationFlag()
        let modes = try plans.map { try mode(for: $0, overrides: overrideOptions.overrides, notes: display.write) }
        let onCluster = modes.contains { if case .cluster = $0 { true } else { false } }
        let signals = InterruptSignals { number in
            let first = display.interrupt(signal: number)
            cancellation.cancel()
            // The run's Slurm jobs are cancelled within a poll; leaving now would orphan them.
            if onCluster {
                if first { display.write("interrupted: cancelling the Slurm jobs\n") }
                return
            }
            // SIGTERM, or a second SIGINT: abandon running trials. Finished ones are in the cache
            // (entries are written atomically), and no bundle is written.
            if number == SIGTERM || !first {
                RunningTrainers.killAll()
                display.write(Self.interruptedMessage(cached: display.storedCount, cacheDirectory: command.cacheDirectory))
                Foundation.exit(128 + number)
            }
            display.write("interrupted: finishing the running trials (press ctrl-c again to abandon them)\n")
        }

        var attempts: [RunAttempt] = []
        for (plan, mode) in zip(plans, modes) {
            let warnings = Terminal.diagnostics(plan.warnings, colour: colour)
            if !warnings.isEmpty { display.write(warnings) }
            if case .cluster(let backend) = mode, !backend.isDryRun, let note = plan.clusterNote {
                display.write("note: \(note)\n")
            }
            display.begin(total: Self.displayedTotal(plan, mode: mode))
            let attempt = command.execute(plan, work: .runner, mode: mode, cancellation: cancellation, events: display.handle)
            display.end()
            attempts.append(attempt)
            switch attempt {
            case .written(let result, _, let directory, let execution):
                let metrics = BundleMetrics(result: result)
                FileHandle.standardOutput.write(Data(RunText.summary(result, metrics: metrics, directory: directory, execution: execution).utf8))
            case .stopped(let execution):
                let stored = execution.outcomes.count { $0 != nil && $0?.status != .failed }
                if execution.ending == .failedFast {
                    let failed = zip(plan.trials, execution.outcomes).first { $0.1?.status == .failed }
                    display.write("error: trial \(failed?.0.spec.id ?? "?") failed: \(failed?.1?.message ?? "no message")\n")
                    display.write("stopped after the first failed trial (--fail-fast); \(stored) of \(plan.trials.count) trials cached in \(command.cacheDirectory); no bundle written\n")
                    LRLab.exit(withError: ExitCode(ExitStatus.checkFailed))
                }
                display.write(Self.interruptedMessage(cached: display.storedCount, cacheDirectory: command.cacheDirectory))
                LRLab.exit(withError: ExitCode(128 + (display.signal ?? SIGINT)))
            case .bundleFailed(let error, _):
                display.write("error: \(error.description)\n")
            case .sharded(let report):
                FileHandle.standardOutput.write(Data(ShardText.summary(
                    name: plan.experiment.name, report, cacheDirectory: command.cacheDirectory).utf8))
                if report.interrupted {
                    display.write(Self.interruptedMessage(cached: display.storedCount, cacheDirectory: command.cacheDirectory))
                    LRLab.exit(withError: ExitCode(128 + (display.signal ?? SIGINT)))
                }
            case .missing(let trials):
                display.write(ShardText.missing(
                    name: plan.experiment.name, trials, of: plan.trials.count, cacheDirectory: command.cacheDirectory))
            case .clusterFailed(let failure, _):
                if case .cluster(let backend) = mode, backend.isDryRun {
                    Self.printDryRun(plan, backend: backend, failure: failure)
                    continue
                }
                display.write("error: \(plan.experiment.name): \(failure.message)\n")
                if failure.interrupted {
                    display.write(Self.interruptedMessage(cached: display.storedCount, cacheDirectory: command.cacheDirectory))
                    LRLab.exit(withError: ExitCode(128 + (display.signal ?? SIGINT)))
                }
            case .unsupported(let reason):
                display.write("error: \(plan.experiment.name): \(reason)\n")
            }
        }
        withExtendedLifetime(signals) {}
        let status = Self.exitStatus(attempts)
        if status != 0 { LRLab.exit(withError: ExitCode(status)) }
    }

    /// The exit status of finished attempts: 2 when a bundle could not be written (an
    /// environment error), else 1 when any trial failed or a run stopped, else 0 (diverged
    /// trials are results, not failures).
    static func exitStatus(_ attempts: [RunAttempt]) -> Int32 {
        var status = ExitStatus.ok
        for attempt in attempts {
            switch attempt {
            case .written(let result, _, _, _):
                if result.trials.contains(where: { $0.outcome.status == .failed }) { status = max(status, ExitStatus.checkFailed) }
            case .stopped:
                status = max(status, ExitStatus.checkFailed)
            case .bundleFailed, .unsupported:
                return ExitStatus.environmentError
            case .sharded(let report):
                if !report.failed.isEmpty || report.interrupted { status = max(status, ExitStatus.checkFailed) }
            case .clusterFailed(let failure, _) where failure.dryRun:
                break
            case .missing, .clusterFailed:
                status = max(status, ExitStatus.checkFailed)
            }
        }
        return status
    }

    /// `--dry-run`: the first batch's script and sbatch command on stdout.
    static func printDryRun(_ plan: RunPlan, backend: any ClusterBackend, failure: ClusterFailure) {
        guard let cluster = backend as? SlurmCluster, let submission = cluster.submissions.first else {
            FileHandle.standardOutput.write(Data("\(plan.experiment.name): \(failure.message)\n".utf8))
            return
        }
        var text = submission.dryRunText
        if let note = plan.clusterNote { text += "# note: \(note); later batches depend on this one's results\n" }
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The trials the progress display counts: a shard's share of the planned trials.
    static func displayedTotal(_ plan: RunPlan, mode: ExecutionMode) -> Int {
        guard case .shard(let shard) = mode else { return plan.trials.count }
        return plan.trials.indices.count(where: shard.owns)
    }

    static func interruptedMessage(cached: Int, cacheDirectory: String) -> String {
        "interrupted: \(cached) \(cached == 1 ? "trial" : "trials") cached in \(cacheDirectory); no bundle written; "
            + "run the same command again to continue\n"
    }
}
