extension SweepConfig.Baseline {
    /// Whether `trial` runs the baseline: the case of that name, or a resolved experiment with
    /// the given values at the given paths (as written, compared in canonical form; the path
    /// `case` names a case).
    func matches(_ trial: TrialSpec) -> Bool {
        switch self {
        case .named(let name):
            return trial.caseName == name
        case .values(let values):
            return values.allSatisfy { path, value in
                if path == SweepCase.path, case .string(let name)? = value.scalar { return trial.caseName == name }
                return trial.experiment.document.value(at: path)?.canonicalText == value.canonicalText
            }
        }
    }

    /// How the file names it, for messages: `'sgd'` or `{optimizer.kind: sgd}`.
    var described: String {
        switch self {
        case .named(let name): "'\(name)'"
        case .values(let values): "{" + values.map { "\($0.path): \($0.value.canonicalText)" }.joined(separator: ", ") + "}"
        }
    }
}

extension SweepExpander {
    /// A baseline must single out exactly one configuration of the expanded grid, or the
    /// report would compare against the wrong one.
    func checkBaseline(_ sweep: SweepConfig, _ trials: [TrialSpec], _ experiment: Experiment, sources: inout SourceLines)
        throws(ConfigError)
    {
        guard let baseline = sweep.objective.baseline else { return }
        var matching: [String] = []
        for trial in trials where baseline.matches(trial) && !matching.contains(trial.configurationID) {
            matching.append(trial.configurationID)
        }
        guard matching.count != 1 else { return }
        let path = "sweep.objective.baseline"
        let location = experiment.document.value(at: path)?.location ?? experiment.document.location
        let message = matching.isEmpty
            ? "no configuration of the sweep matches the baseline \(baseline.described)"
            : "the baseline \(baseline.described) matches \(matching.count) configurations; name more values so it singles out one"
        throw ConfigError(diagnostics: [sources.diagnostic(at: location, path: path, message)])
    }
}
