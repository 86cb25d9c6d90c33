import LRConfig

extension SweepExpander {
    /// The configurations an adaptive method knows before anything trains, i.e. what `lrlab
    /// plan` shows and what is validated up front: `annealing`, its start point; `halving`,
    /// the first rung (every configuration at `min_epochs`); `pbt`, the members' starting
    /// configurations. The rest are proposed from results while running (the method's `SweepDriver`).
    package func adaptive(_ sweep: SweepConfig, _ experiment: Experiment, sources: inout SourceLines)
        throws(ConfigError) -> [[SweepDraw]]
    {
        let location = experiment.document.value(at: "sweep.method")?.location ?? experiment.document.location
        func refuse(_ message: String) -> ConfigError {
            ConfigError(diagnostics: [sources.diagnostic(at: location, path: "sweep.method", message)])
        }
        switch sweep.method {
        case .halving where !sweep.cases.isEmpty && !sweep.parameters.allSatisfy({ SearchSpace.items($0) != nil }):
            throw refuse("halving with 'cases' crosses them with a grid, so every parameter needs a list of values")
        case .halving where sweep.trials == nil && !sweep.parameters.allSatisfy({ SearchSpace.items($0) != nil }):
            throw refuse("halving over a distribution needs 'trials' (how many random configurations to start with)")
        case .pbt where !experiment.model.trainsOnData:
            throw refuse("pbt trains models on data; a 'function' model has none")
        case .pbt where !sweep.seeds.isEmpty:
            // Member i trains with trial seed i; a seed list would be silently ignored.
            throw refuse("pbt gives member i the trial seed i, so 'sweep.seeds' does not apply; remove it")
        case .pbt where !PBTSearch.ranksBetweenRounds(sweep.objective.metric):
            throw refuse("pbt ranks its members after every round by a metric each epoch reports (train_loss, val_loss, "
                + "val_accuracy, val_<train.metrics name>); '\(sweep.objective.metric)' is not one")
        case .annealing:
            // Every proposal is a trial, replicated over the seeds.
            let (count, overflow) = AnnealingSearch(sweep, experiment).budget
                .multipliedReportingOverflow(by: max(1, SearchBatches.distinct(sweep.seeds).count))
            if overflow || count > maxTrials { throw tooMany(experiment, at: "sweep.trials", sources: &sources) }
            return [AnnealingSearch(sweep, experiment).start()]
        case .halving:
            // Sized before anything is built: `grid` counts the product with checked arithmetic
            // and refuses it at the parameters; random starts are refused at `trials`.
            let configurations: [[SweepDraw]]
            if sweep.parameters.allSatisfy({ SearchSpace.items($0) != nil }) {
                configurations = try grid(sweep, experiment, sources: &sources)
            } else {
                if let count = sweep.trials, count > maxTrials {
                    throw tooMany(experiment, at: "sweep.trials", sources: &sources)
                }
                configurations = random(sweep, experiment)
            }
            let search = HalvingSearch(sweep, experiment, configurations: configurations)
            let (count, overflow) = search.mostEvaluations
                .multipliedReportingOverflow(by: max(1, SearchBatches.distinct(sweep.seeds).count))
            if overflow || count > maxTrials { throw tooMany(experiment, at: "sweep", sources: &sources) }
            return configurations.map { search.draws($0, epochs: search.budgets[0]) }
        case .pbt:
            return PBTSearch(sweep: sweep, experiment: experiment).configurations()
        case .grid, .random:
            throw refuse("sweep method '\(sweep.method.rawValue)' is not an adaptive method")
        }
    }

    /// A halving sweep's configurations: the grid when every parameter is a list or `choice`,
    /// else `trials` random draws.
    package static func halvingConfigurations(_ sweep: SweepConfig, _ experiment: Experiment) -> [[SweepDraw]] {
        let discrete = sweep.parameters.allSatisfy { SearchSpace.items($0) != nil }
        if discrete {
            var sources = SourceLines()
            // Planning refused grids over the cap; the cap here only keeps a run from building one.
            return (try? SweepExpander().grid(sweep, experiment, sources: &sources)) ?? []
        }
        return SweepExpander().random(sweep, experiment)
    }
}
