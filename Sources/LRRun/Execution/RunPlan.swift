import LRConfig
import LRBundle

/// One experiment file made ready to run: loaded, validated, its sweep expanded and every
/// trial keyed for the cache. What `plan` lists, `graph` draws and `run` executes.
package struct RunPlan: Sendable {
    package var experiment: Experiment
    /// In the sweep's trial order.
    package var trials: [PlannedTrial]
    /// Warnings found while loading and expanding (errors stop a plan from being made).
    package var warnings: [Diagnostic]
    /// Where the bundle goes: `<output dir>/<name>`.
    package var bundleDirectory: String
    /// The pipeline of every trial; the trials' keys come from it.
    package var graph: PipelineGraph

    /// Loads `file` with `overrides`, expands it and keys its trials. The bundle goes into
    /// `outDirectory` (the experiment's `output.dir`, default `results`, when nil).
    package init(file: String, overrides: [String] = [], outDirectory: String? = nil) throws(ConfigError) {
        let expanded = try ExpandedExperiment(file: file, overrides: overrides)
        let graph = PipelineGraph(trials: expanded.trials, experiment: expanded.experiment)
        self.graph = graph
        experiment = expanded.experiment
        trials = expanded.trials.map { PlannedTrial(spec: $0, trialKey: graph.trialKey(for: $0), dataKey: graph.dataKey(for: $0)) }
        warnings = expanded.warnings
        let parent = outDirectory ?? expanded.experiment.output.dir
        bundleDirectory = BundleReader.join(parent, expanded.experiment.name)
    }

    /// For each trial, whether the cache in `cacheDirectory` holds an outcome `run` would use.
    package func cached(in cacheDirectory: String) -> [Bool] {
        trials.map { isCached(trialKey: $0.trialKey, cacheDirectory: cacheDirectory) }
    }
}
