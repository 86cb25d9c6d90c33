import Foundation
import LRConfig
import LRRun
import LRTestSupport

/// Sweeps the graph and plan tests of the library and of the command line share.
package enum SweepSamples {
    /// 3 learning rates × 2 seeds on iris.
    package static let lrSweep = irisExperiment(sweep: """
          method: grid
          parameters:
            optimizer.lr: [0.1, 0.01, 0.001]
          seeds: [1, 2]

        """)

    /// The graph of `yaml`'s trials, and the trials.
    package static func graph(_ yaml: String) throws -> (PipelineGraph, [TrialSpec]) {
        let f = try SweepFixture(yaml)
        let trials = try f.trials()
        return (PipelineGraph(trials: trials, experiment: f.experiment), trials)
    }

    /// 2 learning rates × 2 seeds on iris, with a cache in its scratch directory that holds the
    /// second trial finished and the third interrupted (a directory without `outcome.json`).
    package static func partlyCachedPlan() throws -> (fixture: SweepFixture, cache: String, trials: [TrialSpec], graph: PipelineGraph) {
        let f = try SweepFixture(irisExperiment(sweep: """
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01]
              seeds: [1, 2]

            """))
        let cache = "\(f.files.directory)/cache"
        let trials = try f.trials()
        let graph = PipelineGraph(trials: trials, experiment: f.experiment)
        try TrialCache(directory: URL(fileURLWithPath: cache)).store(
            SampleRuns.outcome(trainLoss: 0.3, valLoss: 0.4), key: graph.trialKey(for: trials[1]), trialID: trials[1].id)
        try f.files.write("cache/\(graph.trialKey(for: trials[2]))/curve.csv", "")
        return (f, cache, trials, graph)
    }
}
