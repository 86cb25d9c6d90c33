extension SweepExpander {
    /// The adaptive methods (`annealing`, `halving`, `pbt`) choose each configuration from the
    /// results of earlier ones, so only the runner can drive them; until it does, they are
    /// rejected here, at the `method:` value. This is the one place to replace.
    func adaptive(_ sweep: SweepConfig, _ experiment: Experiment, sources: inout SourceLines)
        throws(ConfigError) -> [[SweepDraw]]
    {
        let location = experiment.document.value(at: "sweep.method")?.location ?? experiment.document.location
        throw ConfigError(diagnostics: [sources.diagnostic(
            at: location, path: "sweep.method",
            "sweep method '\(sweep.method.rawValue)' is not supported by 'run' yet; use 'grid' or 'random'")])
    }
}
