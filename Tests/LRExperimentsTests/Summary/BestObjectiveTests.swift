import Foundation
import Testing

@testable import LRConfig
@testable import LRTrial
import LRExperimentsTestSupport
import LRTestSupport

/// `objective.metric: best_<metric>` ranks by the best epoch's value of the monitored metric.
@Suite struct BestObjectiveTests {
    static func experiment(_ extra: String, objective: String) -> String {
        """
        version: 1
        name: best
        data: {source: moons, samples: 120}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 4, batch_size: 16\(extra)}
        sweep: {method: grid, parameters: {optimizer.lr: [0.1, 0.5]}, objective: {metric: \(objective)}}

        """
    }

    @Test func theMonitoredMetricsBestIsAnObjective() throws {
        let fixture = try SweepFixture(Self.experiment("", objective: "best_val_loss"))
        #expect(fixture.errors().isEmpty)
        #expect(fixture.experiment.sweep?.objective.maximize == false)
        let trial = try #require(try fixture.trials().first)
        let outcome = TrialRunner().run(trial)
        let best = try #require(outcome.metric("best_val_loss"))
        // The best epoch's value: no later epoch's validation loss is lower.
        let curve = try #require(outcome.curve.column("val_loss")).compactMap { $0 }
        #expect(best == curve.min())
        let stopping = ", early_stopping: {metric: val_accuracy, patience: 3}"
        let accuracy = try SweepFixture(Self.experiment(stopping, objective: "best_val_accuracy"))
        #expect(accuracy.errors().isEmpty && accuracy.experiment.sweep?.objective.maximize == true)
    }

    @Test func aBestOfAnUnmonitoredMetricIsRefused() throws {
        let files = try TempFiles()
        let path = try files.write("exp.yaml", Self.experiment("", objective: "best_val_accuracy"))
        let checked = ExperimentLoader().check(file: path)
        #expect(checked.diagnostics.map(\.text) == [
            "sweep.objective.metric: objective 'best_val_accuracy' is recorded only when training monitors 'val_accuracy'; "
                + "this run monitors 'val_loss' (set by train.early_stopping.metric or a plateau's monitor)",
        ])
    }
}
