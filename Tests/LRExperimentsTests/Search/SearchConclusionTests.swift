import Foundation
import LREngine
import LRYAML
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

/// The conclusions of annealing and pbt searches: no configuration without a usable trial
/// is accepted or named best, the compute figures count seeds, and pbt ranks members by the
/// objective itself.
@Suite struct SearchConclusionTests {
    static func trial(_ experiment: Experiment, seed: Int, valLoss: Double, status: TrialOutcome.Status = .ok)
        -> RunResult.Trial
    {
        let spec = TrialSpec(id: "t\(seed)", configurationID: "c\(seed)", assignments: [], seed: seed, experiment: experiment)
        return RunResult.Trial(spec: spec, outcome: SampleRuns.outcome(trainLoss: valLoss, valLoss: valLoss, status: status))
    }

    static let annealing = """
        version: 1
        name: anneal-small
        seed: 3
        data: {source: moons, samples: 200}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 2}
        sweep:
          method: annealing
          trials: 3
          seeds: [1, 2]
          parameters: {optimizer.lr: {distribution: log_uniform, min: 0.01, max: 1.0}}

        """

    /// A diverged trial keeps its last finished epoch's metrics; the search's objective, like
    /// the report, leaves it out, so an all-diverged configuration has none.
    @Test func divergedTrialsDoNotCountTowardTheObjective() throws {
        let experiment = try RunFixtures.experiment(Self.annealing)
        let mixed = [Self.trial(experiment, seed: 1, valLoss: 0.01, status: .diverged), Self.trial(experiment, seed: 2, valLoss: 0.5)]
        #expect(SearchObjective.mean(mixed, metric: "val_loss") == 0.5)
        let diverged = [Self.trial(experiment, seed: 1, valLoss: 0.01, status: .diverged)]
        #expect(SearchObjective.mean(diverged, metric: "val_loss") == nil)
        let stopped = [Self.trial(experiment, seed: 1, valLoss: 0.3, status: .stopped)]
        #expect(SearchObjective.mean(stopped, metric: "val_loss") == 0.3)
    }

    /// A chain whose every step lacks a usable objective names no best; the compute figure
    /// counts each distinct configuration once per seed.
    @Test func annealingNamesNoFailedBestAndCountsSeeds() throws {
        let experiment = try RunFixtures.experiment(Self.annealing)
        let search = AnnealingSearch(try #require(experiment.sweep), experiment)
        func step(_ index: Int, _ id: String, _ objective: Double?, repeated: Bool = false) -> AnnealingSearch.Step {
            .init(index: index, draws: [], configurationID: id, objective: objective, accepted: index == 0,
                  temperature: 1, problem: nil, repeated: repeated)
        }
        let failed = search.record([step(0, "a", nil), step(1, "b", nil)], epochs: 4)
        #expect(failed.json["best_step"] == .null)
        #expect(failed.markdown.contains("no step has a usable val_loss, so none is named best"))
        let record = search.record([step(0, "a", 0.5), step(1, "b", nil), step(2, "a", 0.5, repeated: true)], epochs: 8)
        #expect(record.json["best_step"]?.intValue == 0)
        #expect(record.json["seeds"]?.intValue == 2 && record.json["configurations"]?.intValue == 2)
        #expect(record.markdown.contains("Trained 2 configurations × 2 seeds, 8 epochs in all"))
    }

    /// pbt ranks members between rounds by the objective's own per-epoch metric, and refuses
    /// one no epoch reports.
    @Test func pbtRanksByTheObjectiveItself() throws {
        #expect(PBTSearch.ranksBetweenRounds("val_loss") && PBTSearch.ranksBetweenRounds("best_val_loss"))
        #expect(PBTSearch.ranksBetweenRounds("val_roc_auc") && PBTSearch.ranksBetweenRounds("train_loss"))
        #expect(!PBTSearch.ranksBetweenRounds("test_loss") && !PBTSearch.ranksBetweenRounds("val_nonsense"))
        let metrics = ClassificationMetrics(binary: [1, 1, 0, 1], actual: [1, 1, 0, 0], scores: [0.9, 0.8, 0.3, 0.6])
        let record = EpochRecord(epoch: 1, step: 3, lr: 0.1, trainLoss: 0.7, valLoss: 0.6, valAccuracy: 0.75,
                                 valClassification: metrics)
        #expect(PBTSearch.epochValue(record, metric: "val_roc_auc") == metrics.rocAUC)
        #expect(PBTSearch.epochValue(record, metric: "val_accuracy") == 0.75)
        #expect(PBTSearch.epochValue(record, metric: PBTSearch.epochMetric("best_val_loss")) == 0.6)
        #expect(PBTSearch.epochValue(record, metric: "test_loss") == nil)

        let files = try TempFiles()
        let path = try files.write("pbt.yaml", """
            version: 1
            name: pbt-test-metric
            data: {source: moons, samples: 200}
            model: {kind: mlp, hidden: [8]}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 4}
            sweep:
              method: pbt
              population: 4
              parameters: {optimizer.lr: {distribution: log_uniform, min: 0.01, max: 1.0}}
              objective: {metric: test_loss}

            """)
        let run = ExperimentRun(files: [path], overrides: [], outDirectory: files.directory + "/out", jobs: 1,
                                cacheDirectory: files.directory + "/cache")
        guard case .failure(let error) = run.plans() else { Issue.record("a pbt objective no epoch reports was planned"); return }
        #expect(error.diagnostics.contains { $0.message.contains("'test_loss' is not one") })

        // A seed list would be ignored (member i has seed i): refused.
        let seeded = ExperimentRun(files: [path], overrides: ["sweep.objective.metric=val_loss", "sweep.seeds=[1, 2]"],
                                   outDirectory: files.directory + "/out", jobs: 1, cacheDirectory: files.directory + "/cache")
        guard case .failure(let seedError) = seeded.plans() else { Issue.record("pbt with sweep.seeds was planned"); return }
        #expect(seedError.diagnostics.contains { $0.message.contains("'sweep.seeds' does not apply") })
    }

    /// The member pbt's report names best is the one the summary ranks first, never a
    /// diverged one.
    @Test func pbtBestMemberIsAUsableOne() throws {
        let experiment = try RunFixtures.experiment(Self.annealing)
        let search = PBTSearch(sweep: try #require(experiment.sweep), experiment: experiment)
        let trials = [Self.trial(experiment, seed: 0, valLoss: 0.01, status: .diverged),
                      Self.trial(experiment, seed: 1, valLoss: 0.4), Self.trial(experiment, seed: 2, valLoss: 0.3)]
        #expect(search.bestMember(trials) == 2)
        #expect(search.bestMember([trials[0]]) == nil)
        let record = search.record(trials, events: [])
        #expect(record.markdown.contains("The best member is 2 (val_loss 0.3), never replaced"))
        #expect(record.markdown.contains("Trained 6 epochs in all"))
    }
}
