import Foundation

/// Runs an adaptive sweep (`annealing`, `halving`): the search proposes configurations in
/// batches, each batch is executed like a plan (`Executor`: `--jobs` workers, the trial
/// cache, shared data), and the search reads the outcomes before proposing the next batch.
///
/// Every evaluated configuration's seed replicates are normal trials in the bundle, in the
/// order first evaluated; a configuration proposed again reuses its earlier evaluation. The
/// search's decisions go to `search.json` and a section of `report.md`. Nothing depends on the
/// order trials finish in, so the bundle is the same for any `--jobs`.
struct AdaptiveRun {
    var command: ExperimentRun

    /// Whether `plan` needs this driver.
    static func handles(_ plan: RunPlan) -> Bool {
        guard let method = plan.experiment.sweep?.method else { return false }
        return method == .annealing || method == .halving || method == .pbt
    }

    func execute<Prepared: Sendable>(
        _ plan: RunPlan, work: TrialWork<Prepared>, cancellation: CancellationFlag,
        events: @escaping @Sendable (ExecutionEvent) -> Void
    ) -> RunAttempt {
        let started = Date()
        let git = GitState.probe(directory: URL(fileURLWithPath: plan.experiment.file).deletingLastPathComponent())
        let executor = Executor(
            jobs: command.jobs, failFast: command.failFast,
            cache: TrialCache(directory: URL(fileURLWithPath: command.cacheDirectory)))
        let evaluator = SearchBatches(experiment: plan.experiment)
        var last = ExecutionReport(outcomes: [], trained: 0, cached: 0, ending: .completed)
        var trained = 0
        var cached = 0
        let evaluate: SearchEvaluator = { (batch: [[SweepDraw]]) throws(SearchStopped) -> [SearchEvaluation] in
            try evaluator.evaluate(batch) { (specs: [TrialSpec], offset: Int) throws(SearchStopped) -> [TrialOutcome] in
                let graph = PipelineGraph(trials: specs, experiment: plan.experiment)
                let planned = specs.map { PlannedTrial(spec: $0, trialKey: graph.trialKey(for: $0), dataKey: graph.dataKey(for: $0)) }
                let report = executor.run(planned, work: work, cancellation: cancellation) { events($0.offset(by: offset)) }
                trained += report.trained
                cached += report.cached
                last = report
                guard report.ending == .completed, !cancellation.isCancelled, let outcomes = report.complete else {
                    throw SearchStopped()
                }
                return outcomes
            }
        }
        let record: SearchRecord
        var trials: [RunResult.Trial]
        if plan.experiment.sweep?.method == .pbt {
            guard !cancellation.isCancelled, let (pbtTrials, pbtRecord) = Self.population(plan, events: events) else {
                return .stopped(last)
            }
            trials = pbtTrials
            record = pbtRecord
            trained = trials.count
        } else {
            do {
                record = try Self.search(plan.experiment, evaluate: evaluate, batches: evaluator)
            } catch {
                return .stopped(last)
            }
            trials = evaluator.trials
        }
        let execution = ExecutionReport(
            outcomes: trials.map(\.outcome), trained: trained, cached: cached, ending: .completed)
        let result = RunResult(experiment: plan.experiment, trials: trials)
        let provenance = Provenance(
            started: started, finished: Date(), git: git, jobs: command.jobs, commandLine: command.commandLine,
            trained: trained, cached: cached)
        let writer = BundleWriter { result, summary in
            var files = try BundleWriter.standardReport(result, summary)
            if let index = files.firstIndex(where: { $0.path == "report.md" }) {
                let text = String(decoding: files[index].bytes, as: UTF8.self)
                files[index] = BundleContent(path: "report.md", text: text + "\n" + record.markdown)
            }
            files.append(BundleContent(path: SearchRecord.file, text: record.json.pretty() + "\n"))
            return files
        }
        do {
            let manifest = try writer.write(result, provenance: provenance, to: URL(fileURLWithPath: plan.bundleDirectory))
            return .written(result, manifest: manifest, directory: plan.bundleDirectory, execution: execution)
        } catch let error as BundleError {
            return .bundleFailed(error, execution: execution)
        } catch {
            return .bundleFailed(.writeFailed(plan.bundleDirectory, reason: "\(error)"), execution: execution)
        }
    }

    /// Trains a `pbt` population (one member after the other, no cache: members share state
    /// through exploitation, so none is a trial on its own). A problem that stops the whole
    /// population (its data, a configuration) makes every member a failed trial.
    static func population(
        _ plan: RunPlan, events: @Sendable (ExecutionEvent) -> Void
    ) -> (trials: [RunResult.Trial], record: SearchRecord)? {
        guard let sweep = resolvedSweep(plan.experiment) else { return nil }
        let search = PBTSearch(sweep: sweep, experiment: plan.experiment)
        var sources = SourceLines()
        let specs: [TrialSpec]
        switch search.specs(sources: &sources) {
        case .success(let resolved): specs = resolved
        case .failure: return nil
        }
        var trials: [RunResult.Trial]
        var record: SearchRecord
        do {
            let data = try TrialRunner.prepareData(for: plan.experiment)
            let (population, decisions) = try search.run(specs: specs, data: data)
            trials = population
            record = search.record(population, events: decisions)
        } catch {
            let failed = TrialRunner.failed(error.description)
            trials = specs.map { RunResult.Trial(spec: $0, outcome: failed) }
            record = search.record(trials, events: [])
        }
        for (index, trial) in trials.enumerated() {
            events(.finished(index: index, trial: trial.spec, outcome: trial.outcome, cached: false, seconds: 0))
        }
        return (trials, record)
    }

    /// The experiment's sweep with `lr_find` rates filled in (planning already checked it).
    static func resolvedSweep(_ experiment: Experiment) -> SweepConfig? {
        guard let sweep = experiment.sweep else { return nil }
        var sources = SourceLines()
        return try? SweepExpander().resolvingLRFind(sweep, experiment, sources: &sources)
    }

    /// Runs the experiment's search method with `evaluate`; its record.
    static func search(
        _ experiment: Experiment, evaluate: SearchEvaluator, batches: SearchBatches
    ) throws(SearchStopped) -> SearchRecord {
        guard let sweep = resolvedSweep(experiment) else { throw SearchStopped() }
        switch sweep.method {
        case .annealing:
            let search = AnnealingSearch(sweep, experiment)
            return search.record(try search.run(evaluate))
        case .halving:
            let search = HalvingSearch(sweep, experiment, configurations: SweepExpander.halvingConfigurations(sweep, experiment))
            let rungs = try search.run(evaluate)
            return search.record(rungs, epochs: batches.trials.reduce(0) { $0 + $1.outcome.epochs })
        case .grid, .random, .pbt:
            throw SearchStopped()
        }
    }
}

extension ExecutionEvent {
    /// The event with its trial index moved by `offset` (the trials of earlier batches).
    func offset(by offset: Int) -> ExecutionEvent {
        switch self {
        case .started(let index, let trial): .started(index: index + offset, trial: trial)
        case .progress(let index, let trial, let progress): .progress(index: index + offset, trial: trial, progress)
        case .finished(let index, let trial, let outcome, let cached, let seconds):
            .finished(index: index + offset, trial: trial, outcome: outcome, cached: cached, seconds: seconds)
        case .corruptCacheEntry(let index, let trial, let reason):
            .corruptCacheEntry(index: index + offset, trial: trial, reason: reason)
        case .cacheWriteFailed(let index, let trial, let reason):
            .cacheWriteFailed(index: index + offset, trial: trial, reason: reason)
        }
    }
}
