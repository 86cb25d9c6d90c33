import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
@testable import LRRun
import LRExperimentsTestSupport
import LRTestSupport

/// `sweep.objective.epochs_to`: the first epoch a metric reaches a value, recorded per trial,
/// absent when never reached, and ranked by seeds that reached it before the mean epoch.
@Suite struct EpochsToTests {
    static func experiment(_ target: String = "{metric: val_accuracy, value: 0.8}", lrs: String = "[0.00001, 0.5]") -> String {
        """
        version: 1
        name: target
        data: {source: moons, samples: 200, noise: 0.1}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 6, batch_size: 16}
        sweep:
          method: grid
          parameters: {optimizer.lr: \(lrs)}
          seeds: [1, 2, 3]
          objective: {epochs_to: \(target)}

        """
    }

    static func epoch(_ n: Int, trainLoss: Double, valLoss: Double, valAccuracy: Double) -> EpochRecord {
        EpochRecord(epoch: n, step: 10 * n, lr: 0.1, trainLoss: trainLoss, valLoss: valLoss, valAccuracy: valAccuracy)
    }

    static let epochs = [
        epoch(1, trainLoss: 0.9, valLoss: 0.8, valAccuracy: 0.6),
        epoch(2, trainLoss: 0.5, valLoss: .nan, valAccuracy: 0.94),
        epoch(3, trainLoss: 0.3, valLoss: 0.35, valAccuracy: 0.95),
        epoch(4, trainLoss: 0.2, valLoss: 0.3, valAccuracy: 0.97),
    ]

    @Test func firstEpochThatReachesTheValue() {
        let accuracy = SweepConfig.Target(metric: "val_accuracy", value: 0.95)
        #expect(TrialRunner.targetMetrics(accuracy, epochs: Self.epochs) == [.init("epochs_to_val_accuracy_0.95", 3)])
        // Losses reach by falling to the value; a NaN never reaches.
        let loss = SweepConfig.Target(metric: "val_loss", value: 0.35)
        #expect(TrialRunner.targetMetrics(loss, epochs: Self.epochs) == [.init("epochs_to_val_loss_0.35", 3)])
        let train = SweepConfig.Target(metric: "train_loss", value: 0.9)
        #expect(TrialRunner.targetMetrics(train, epochs: Self.epochs).first?.value == 1)
        // Never crossed: no value at all.
        #expect(TrialRunner.targetMetrics(.init(metric: "val_accuracy", value: 0.99), epochs: Self.epochs).isEmpty)
        // A metric not measured (no train.metrics) is never reached.
        #expect(TrialRunner.targetMetrics(.init(metric: "val_f1", value: 0.1), epochs: Self.epochs).isEmpty)
    }

    @Test func decodesToAMinimisedObjective() throws {
        let fixture = try SweepFixture(Self.experiment())
        #expect(fixture.errors().isEmpty)
        let objective = try #require(fixture.experiment.sweep?.objective)
        #expect(objective.metric == "epochs_to_val_accuracy_0.8")
        #expect(!objective.maximize)
        #expect(objective.target == SweepConfig.Target(metric: "val_accuracy", value: 0.8))
    }

    /// A real run: the recorded epoch is the first whose `val_accuracy` in the curve reaches
    /// the value; a rate too small to learn reaches it on no seed and cannot be best.
    @Test func recordedFromTheCurveAndNeverReachedLoses() throws {
        let fixture = try SweepFixture(Self.experiment())
        let trials = try fixture.trials()
        #expect(trials.allSatisfy { $0.target?.metric == "val_accuracy" })
        var results: [RunResult.Trial] = []
        for spec in trials {
            let outcome = TrialRunner().run(spec)
            let accuracy = try #require(outcome.curve.column("val_accuracy"))
            let epochs = try #require(outcome.curve.column("epoch"))
            let first = zip(epochs, accuracy).first { $0.1.map { $0 >= 0.8 } ?? false }?.0 ?? nil
            #expect(outcome.metric("epochs_to_val_accuracy_0.8") == first)
            #expect(outcome.best.allSatisfy { !$0.name.hasPrefix("epochs_to") })
            results.append(RunResult.Trial(spec: spec, outcome: outcome))
        }
        let summary = RunSummary(RunResult(experiment: fixture.experiment, trials: results))
        #expect(summary.objective.target != nil)
        #expect(summary.configurations[0].objective.n == 0)
        #expect(summary.configurations[1].objective.n == 3)
        #expect(summary.best == 1)
    }

    /// More seeds reaching the target beats a lower mean over fewer seeds.
    @Test func seedsThatReachedRankBeforeTheMean() throws {
        let experiment = try RunFixtures.experiment(Self.experiment(lrs: "[0.1, 0.3]"))
        let values = RunFixtures.values(experiment)[0]
        var trials: [RunResult.Trial] = []
        let reached: [[Double?]] = [[4, 5, 6], [1, 1, nil]]
        for (c, epochs) in reached.enumerated() {
            for (s, epoch) in epochs.enumerated() {
                var spec = TrialSpec(
                    id: "t\(c)\(s)", configurationID: "c\(c)", assignments: [values[c]], seed: s + 1, experiment: experiment)
                spec.target = experiment.sweep?.objective.target
                let recorded = epoch.map { [TrialOutcome.Metric("epochs_to_val_accuracy_0.8", $0)] } ?? []
                let outcome = TrialOutcome(
                    status: .ok, final: RunFixtures.finals(train: 0.3, val: 0.3, accuracy: 0.85) + recorded, best: [],
                    curve: CurveTable(columns: []), epochs: 6, steps: 60)
                trials.append(RunResult.Trial(spec: spec, outcome: outcome))
            }
        }
        let result = RunResult(experiment: experiment, trials: trials)
        let summary = RunSummary(result)
        #expect(summary.best == 0)
        #expect(summary.configurations[1].objective.mean == 1)
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains("Seeds that reached it: `lr=0.1` 3 of 3, `lr=0.3` 2 of 3."))
        #expect(report.contains("first epoch at which `val_accuracy` ≥ 0.8 (fewer is better)"))
        // Without a target the lower mean would win.
        #expect(SummaryObjective(metric: "x", maximize: false).ranksAhead(reached: 3, 2) == nil)
    }

    /// The target is part of the trial's outcome key, so a cached outcome without it is not reused.
    @Test func targetIsInTheOutcomeKey() throws {
        let fixture = try SweepFixture(Self.experiment())
        var spec = try #require(try fixture.trials().first)
        let with = PipelineKeys(trial: spec)
        spec.target = nil
        let without = PipelineKeys(trial: spec)
        #expect(with.train == without.train)
        #expect(with.evaluate != without.evaluate)
    }

    @Test func refusedWhereNotMeasured() throws {
        #expect(try ClassificationMetricsRunTests.errors(Self.experiment("{metric: val_roc_auc, value: 0.9}")) == [
            "11:35: sweep.objective.epochs_to.metric: 'val_roc_auc' is measured each epoch only with 'roc_auc' in 'train.metrics'",
        ])
        let regression = Self.experiment().replacingOccurrences(of: "{source: moons, samples: 200, noise: 0.1}", with: "{source: diabetes}")
        #expect(try ClassificationMetricsRunTests.errors(regression) == [
            "11:35: sweep.objective.epochs_to.metric: 'val_accuracy' needs classification data; 'diabetes' is regression",
        ])
        let loss = Self.experiment("{metric: val_loss, value: -1}")
        #expect(try ClassificationMetricsRunTests.errors(loss).first?.contains("'val_loss' never reaches -1.0") == true)
    }
}
