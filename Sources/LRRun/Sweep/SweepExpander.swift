import LRConfig

/// Expands an experiment's `sweep:` into trials: fully resolved, re-validated experiments with
/// stable ids.
///
/// - `grid`: the cartesian product of the parameters' values, parameters in the order written,
///   the last one varying fastest. A `choice` distribution counts as its list of values.
/// - `random`: `trials` configurations, each parameter drawn in the order written from the
///   stream `RandomStream(root: seed, trial: 0, name: "sweep")`; a bare list means `choice`.
/// - then every configuration is replicated once per `sweep.seeds` entry (the experiment's
///   seed when there is none). No sweep gives exactly one trial.
///
/// Each configuration is substituted into the document with ``ConfigNode/setting(_:to:)``
/// (the `sweep:` section removed) and checked again with
/// ``ExperimentLoader/check(document:file:)``; a problem is reported at the sweep entry that
/// produced the offending value. A configuration or seed that repeats an earlier one (same
/// resolved values) is skipped with a warning at the repeat, so no trial runs twice.
package struct SweepExpander: Sendable {
    package var loader: ExperimentLoader
    /// Most trials one sweep may expand to (configurations times seeds): each trial is a
    /// whole resolved experiment, so a runaway grid is refused before it is built.
    package var maxTrials: Int

    package init(loader: ExperimentLoader = ExperimentLoader(), maxTrials: Int = Limits.maxTrials) {
        self.loader = loader
        self.maxTrials = maxTrials
    }

    /// The trials of `experiment`, in sweep order; throws every located problem.
    package func trials(for experiment: Experiment) throws(ConfigError) -> [TrialSpec] {
        try expand(experiment).trials
    }

    /// The trials of `experiment` and the warnings found while expanding it.
    package func expand(_ experiment: Experiment) throws(ConfigError) -> SweepExpansion {
        var sources = SourceLines()
        let configurations: [[SweepDraw]]
        var seeds: [(seed: Int, location: SourceLocation?)] = [(experiment.seed, nil)]
        if let written = experiment.sweep {
            try refuseReplacedOverrides(written, experiment, sources: &sources)
            let sweep = try resolvingLRFind(written, experiment, sources: &sources)
            switch sweep.method {
            case .grid: configurations = try grid(sweep, experiment, sources: &sources)
            case .random:
                if let count = sweep.trials, count > maxTrials {
                    throw tooMany(experiment, at: "sweep.trials", sources: &sources)
                }
                configurations = random(sweep, experiment)
            case .annealing, .halving, .pbt:
                configurations = try adaptive(sweep, experiment, sources: &sources)
            }
            if !sweep.seeds.isEmpty {
                let items = experiment.document.value(at: "sweep.seeds")?.sequenceItems ?? []
                seeds = sweep.seeds.enumerated().map { i, seed in (seed, items.indices.contains(i) ? items[i].location : nil) }
            }
        } else {
            configurations = [[]]
        }
        // A halving configuration is sized at its last rung, the longest it may train.
        let longest = experiment.sweep.flatMap { sweep in
            sweep.method == .halving ? HalvingSearch(sweep, experiment, configurations: []).maxEpochs : nil
        }
        let expansion = try replicate(configurations, seeds: seeds, experiment, epochs: longest, sources: &sources)
        if let sweep = experiment.sweep { try checkBaseline(sweep, expansion.trials, experiment, sources: &sources) }
        return expansion
    }

    /// Validates and sizes each configuration (``TrialSizer``, at `epochs` when given) and
    /// builds its seed replicates, skipping repeats.
    private func replicate(
        _ configurations: [[SweepDraw]], seeds: [(seed: Int, location: SourceLocation?)],
        _ experiment: Experiment, epochs: Int?, sources: inout SourceLines
    ) throws(ConfigError) -> SweepExpansion {
        let base = experiment.document
        var errors: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var seenErrors: Set<String> = []
        var uniqueSeeds: [Int] = []
        var seenSeeds: Set<Int> = []  // membership only: a list scan would be quadratic in the seeds
        for (seed, location) in seeds {
            if !seenSeeds.insert(seed).inserted {
                if let location {
                    warnings.append(sources.diagnostic(at: location, path: "sweep.seeds", severity: .warning,
                                                       "seed \(seed) is listed twice; the repeat is skipped"))
                }
                continue
            }
            uniqueSeeds.append(seed)
        }
        let (total, overflow) = configurations.count.multipliedReportingOverflow(by: uniqueSeeds.count)
        if overflow || total > maxTrials {
            throw tooMany(experiment, at: "sweep", sources: &sources)
        }
        var trials: [TrialSpec] = []
        var sizer = TrialSizer()
        var curveCells = 0.0
        var firstDraws: [String: [SweepDraw]] = [:]  // looked up only, never iterated
        for draws in configurations {
            let assignments = draws.map(\.assignment)
            let configurationID = TrialIdentity.configurationID(assignments, base: base)
            if let earlier = firstDraws[configurationID] {
                warnings.append(repeatWarning(draws, earlier: earlier, sources: &sources))
                continue
            }
            firstDraws[configurationID] = draws
            switch resolve(draws, experiment, sources: &sources) {
            case .success(let resolved):
                let target = experiment.sweep?.objective.target
                switch sizer.size(resolved, epochs: epochs, schedules: experiment.sweep?.method != .pbt, target: target) {
                case .success(let size): curveCells += size.curveCells * Double(uniqueSeeds.count)
                case .failure(let problem):
                    let d = blame(problem, draws: draws, epochs: epochs, experiment, sources: &sources)
                    if seenErrors.insert("\(d.file):\(d.line):\(d.column):\(d.text)").inserted { errors.append(d) }
                    continue
                }
                for seed in uniqueSeeds {
                    var spec = TrialSpec(
                        id: TrialIdentity.trialID(assignments, seed: seed, base: base),
                        configurationID: configurationID, assignments: assignments, seed: seed,
                        experiment: resolved)
                    spec.target = target
                    trials.append(spec)
                }
            case .failure(let problems):
                for d in problems.diagnostics where seenErrors.insert("\(d.file):\(d.line):\(d.column):\(d.text)").inserted {
                    errors.append(d)
                }
            }
        }
        if errors.isEmpty, curveCells > Double(Limits.maxSweepCurveCells) {
            let location = experiment.document.value(at: "sweep")?.location ?? experiment.document.location
            errors.append(sources.diagnostic(at: location, path: "sweep", """
                the sweep's curves would hold \(TrialSizer.integer(curveCells)) cells in all; at most \
                \(Limits.maxSweepCurveCells) (the bundle must stay readable by 'check' and 'diff')
                """))
        }
        warnings = Self.sorted(warnings, file: experiment.file)
        guard errors.isEmpty else { throw ConfigError(diagnostics: Self.sorted(errors + warnings, file: experiment.file)) }
        return SweepExpansion(trials: trials, warnings: warnings)
    }

    /// A trial that cannot be sized, blamed on the sweep entry that produced the value, or, for
    /// a curve too long at halving's last rung (`epochs`), on the budget that sets that rung.
    private func blame(
        _ problem: SizeProblem, draws: [SweepDraw], epochs: Int?, _ experiment: Experiment, sources: inout SourceLines
    ) -> Diagnostic {
        if let epochs, problem.diagnostic.path == "train.epochs" {
            let path = experiment.document.value(at: "sweep.max_epochs") != nil ? "sweep.max_epochs" : "train.epochs"
            let location = experiment.document.value(at: path)?.location ?? experiment.document.location
            return sources.diagnostic(at: location, path: path, "at the last rung (\(epochs) epochs), \(problem.diagnostic.message)")
        }
        var d = relocate(problem.diagnostic, draws: draws, sources: &sources)
        if d.sourceLine == nil { d.sourceLine = sources.line(SourceLocation(file: d.file, line: d.line, column: d.column)) }
        return d
    }

    /// Diagnostics by position, as the loader orders them: the experiment's own file first,
    /// then base files, then the command line; stable for ties.
    package static func sorted(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        let rank = { (d: Diagnostic) in d.file == file ? 0 : d.file == OverrideSet.file ? 2 : 1 }
        return diagnostics.enumerated().sorted {
            (rank($0.element), $0.element.line, $0.element.column, $0.offset)
                < (rank($1.element), $1.element.line, $1.element.column, $1.offset)
        }.map(\.element)
    }

    /// The error for a sweep larger than `maxTrials`, at `path`.
    package func tooMany(_ experiment: Experiment, at path: String, sources: inout SourceLines) -> ConfigError {
        let location = experiment.document.value(at: path)?.location ?? experiment.document.location
        return ConfigError(diagnostics: [sources.diagnostic(
            at: location, path: path, "the sweep expands to more than \(maxTrials) trials")])
    }

    /// A warning at the first value of `draws` that was written elsewhere than the earlier
    /// configuration's (the repeated list item), else at the first draw's entry.
    private func repeatWarning(_ draws: [SweepDraw], earlier: [SweepDraw], sources: inout SourceLines) -> Diagnostic {
        let values = draws.map { "\($0.path)=\($0.value.canonicalText)" }.joined(separator: ", ")
        let message = "configuration \(values) repeats an earlier one; the repeat is skipped"
        guard let culprit = zip(draws, earlier).first(where: { $0.origin != $1.origin })?.0 ?? draws.first else {
            return Diagnostic(file: "", line: 0, column: 0, severity: .warning, path: "sweep", message: message)
        }
        return sources.diagnostic(at: culprit.origin, path: culprit.sweepPath, severity: .warning, message)
    }
}
