import Foundation
import LREngine
import Testing

@testable import LRConfig
import LRExperimentsTestSupport
import LRTestSupport

/// `train.metrics`: recorded as val_/test_ metrics, refused where they cannot be computed, and
/// ranked in the right direction.
@Suite struct ClassificationMetricsRunTests {
    static let breastCancer = """
        version: 1
        name: diagnosis
        data: {source: breast_cancer}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: adam, lr: 0.01}
        train: {epochs: 5, batch_size: 32, metrics: [sensitivity, specificity, roc_auc, recall]}

        """

    @Test func recordedForValidationAndTest() throws {
        let outcome = try #require(try TrialRunnerTests.run(Self.breastCancer))
        #expect(outcome.status == .ok)
        #expect(outcome.final.map(\.name) == [
            "train_loss", "val_loss", "val_accuracy", "val_sensitivity", "val_specificity", "val_roc_auc", "val_recall",
            "test_loss", "test_accuracy", "test_sensitivity", "test_specificity", "test_roc_auc", "test_recall",
        ])
        // Sensitivity is recall by another name.
        #expect(outcome.metric("val_sensitivity") == outcome.metric("val_recall"))
        for name in ["val_roc_auc", "test_roc_auc", "val_specificity"] {
            let value = try #require(outcome.metric(name))
            #expect(value > 0.8 && value <= 1, "\(name) \(value)")
        }
    }

    static func errors(_ text: String) throws -> [String] {
        let files = try TempFiles()
        let path = try files.write("exp.yaml", text)
        let checked = ExperimentLoader().check(file: path)
        if !checked.isValid { return checked.diagnostics.map { "\($0.line):\($0.column): \($0.text)" } }
        return try SweepFixture(text).errors().map { "\($0.line):\($0.column): \($0.text)" }
    }

    @Test func refusedOnRegressionAndFunctionModels() throws {
        let regression = Self.breastCancer.replacingOccurrences(of: "breast_cancer", with: "diabetes")
        #expect(try Self.errors(regression) == [
            "6:45: train.metrics: classification metrics need classification data; this data is regression",
        ])
        let function = """
            version: 1
            name: f
            model: {kind: function, name: quadratic, start: [1.0, 2.0]}
            optimizer: {kind: sgd, lr: 0.1}
            train: {steps: 5, metrics: [f1]}

            """
        #expect(try Self.errors(function) == ["5:19: train.metrics: 'metrics' does not apply to function models"])
    }

    /// An objective on a metric nobody records is an error; an accuracy-like objective is
    /// maximised unless the file says otherwise.
    @Test func objectivesNeedTheMetricAndRankUpwards() throws {
        let sweep = Self.breastCancer + "sweep: {method: grid, parameters: {optimizer.lr: [0.01, 0.1]}, objective: {metric: val_f1}}\n"
        #expect(try Self.errors(sweep) == ["7:84: sweep.objective.metric: objective 'val_f1' is recorded only with 'f1' in 'train.metrics'"])
        let ranked = Self.breastCancer + "sweep: {method: grid, parameters: {optimizer.lr: [0.01, 0.1]}, objective: {metric: val_roc_auc}}\n"
        #expect(try SweepFixture(ranked).experiment.sweep?.objective.maximize == true)
        let accuracy = Self.breastCancer + "sweep: {method: grid, parameters: {optimizer.lr: [0.01]}, objective: {metric: val_accuracy}}\n"
        #expect(try SweepFixture(accuracy).experiment.sweep?.objective.maximize == true)
        let minimized = Self.breastCancer
            + "sweep: {method: grid, parameters: {optimizer.lr: [0.01]}, objective: {metric: val_accuracy, goal: minimize}}\n"
        #expect(try SweepFixture(minimized).experiment.sweep?.objective.maximize == false)
        #expect(try SweepFixture(Self.breastCancer + "sweep: {method: grid, parameters: {optimizer.lr: [0.01]}}\n")
            .experiment.sweep?.objective.maximize == false)
    }
}
