import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRExperimentsTestSupport
import LRTestSupport

/// `train.class_weights`: decoded, refused where it cannot apply, applied to the loss, and
/// the weights used recorded with the trial.
@Suite struct ClassWeightsRunTests {
    static func experiment(weights: String, data: String = "{source: purchases, samples: 600, noise: 0, buy_rate: 0.1}") -> String {
        """
        version: 1
        name: weighted
        seed: 4
        data: \(data)
        model: {kind: logistic}
        optimizer: {kind: adam, lr: 0.01}
        train: {epochs: 3, batch_size: 50\(weights.isEmpty ? "" : ", class_weights: \(weights)")}

        """
    }

    @Test func decodes() throws {
        let files = try TempFiles()
        let balanced = try ExperimentLoader().load(file: try files.write("a.yaml", Self.experiment(weights: "balanced")))
        #expect(balanced.train.classWeights == .balanced)
        #expect(balanced.data?.buyRate == 0.1)
        let given = try ExperimentLoader().load(file: try files.write("b.yaml", Self.experiment(weights: "[1, 9]")))
        #expect(given.train.classWeights == .given([1, 9]))
        let none = try ExperimentLoader().load(file: try files.write("c.yaml", Self.experiment(weights: "")))
        #expect(none.train.classWeights == nil)
        #expect(none.data?.buyRate == 0.1)
        // `none` is the unset default, written so a sweep can set weights against it.
        let written = try ExperimentLoader().load(file: try files.write("d.yaml", Self.experiment(weights: "none")))
        #expect(written.train.classWeights == nil)
        let regression = Self.experiment(weights: "none", data: "{source: diabetes}").replacingOccurrences(of: "logistic", with: "linear")
        #expect(try ClassificationMetricsRunTests.errors(regression).isEmpty)
    }

    /// Balanced weights are counted on the training part and recorded after the final metrics.
    @Test func balancedWeightsAreRecorded() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(Self.experiment(weights: "balanced"), files: files))
        let data = try #require(try TrialRunner.prepareData(for: experiment))
        let counts = try #require(DataDescription.classCounts(data.split.train))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment, seed: nil), data: data)
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        let n = Double(counts.reduce(0, +))
        #expect(outcome.metric("class_weight_0") == n / (2 * Double(counts[0])))
        #expect(outcome.metric("class_weight_1") == n / (2 * Double(counts[1])))
        #expect(outcome.final.suffix(2).map(\.name) == ["class_weight_0", "class_weight_1"])
    }

    /// Equal weights are the unweighted loss exactly (Σ w·l / Σ w with w = 1); unequal ones
    /// change training.
    @Test func equalWeightsChangeNothing() throws {
        let plain = try #require(try TrialRunnerTests.run(Self.experiment(weights: "")))
        let ones = try #require(try TrialRunnerTests.run(Self.experiment(weights: "[1, 1]")))
        #expect(ones.final.dropLast(2) == plain.final[...])
        #expect(ones.curve == plain.curve)
        let skewed = try #require(try TrialRunnerTests.run(Self.experiment(weights: "[1, 9]")))
        #expect(skewed.metric("val_loss") != plain.metric("val_loss"))
        #expect(skewed.metric("class_weight_1") == 9)
    }

    @Test func refusedWhereTheyCannotApply() throws {
        #expect(try ClassificationMetricsRunTests.errors(Self.experiment(weights: "[1, 2, 3]")) == [
            "7:51: train.class_weights: 3 class weights for 2 classes; give one per class",
        ])
        let csvLike = Self.experiment(weights: "balanced", data: "{source: diabetes}")
            .replacingOccurrences(of: "logistic", with: "linear")
        #expect(try ClassificationMetricsRunTests.errors(csvLike) == [
            "7:51: train.class_weights: class weights need classification data; 'diabetes' is regression",
        ])
        let mse = Self.experiment(weights: "balanced").replacingOccurrences(of: "batch_size: 50", with: "batch_size: 50, loss: mse")
        #expect(try ClassificationMetricsRunTests.errors(mse).first?.hasSuffix(
            "train.class_weights: class weights apply to 'cross_entropy' and 'binary_cross_entropy', not 'mse'") == true)
    }

    /// A class missing from the training part cannot be balanced: the trial fails and says why.
    @Test func balancedNeedsEveryClassInTraining() throws {
        let outcome = try #require(try TrialRunnerTests.run(Self.experiment(
            weights: "balanced", data: "{source: purchases, samples: 20, noise: 0, buy_rate: 0.001}")))
        #expect(outcome.status == .failed)
        #expect(outcome.message?.contains("does not occur in the training part") == true)
    }
}
