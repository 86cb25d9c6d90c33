import LRConfig

extension SweepExpander {
    /// A baseline must single out exactly one configuration of the expanded grid, or the
    /// report would compare against the wrong one.
    package func checkBaseline(_ sweep: SweepConfig, _ trials: [TrialSpec], _ experiment: Experiment, sources: inout SourceLines)
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
