import Testing
@testable import LREngine

/// Evaluations carry the classification metrics when the options ask for them.
@Suite struct ClassificationEvaluationTests {
    func trained(classes: Int, metrics: Bool) throws -> (Trainer, TrainingResult, DatasetSplit) {
        let split = try blobSplit(classes: classes)
        var trainer = try Trainer(
            model: try logisticModel(inputs: 2, classes: classes), optimizer: SGD(options: .torch(lr: 0.1)),
            schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .epochs(3), batchSize: 16, classificationMetrics: metrics))
        let result = try trainer.train(on: split, shuffle: RandomStream(root: 1, name: "shuffle"))
        return (trainer, result, split)
    }

    /// The test part's metrics are those of the final model's logits on it, and its accuracy
    /// is the one the trainer always reports.
    @Test(arguments: [2, 3])
    func testMetricsAreThoseOfTheFinalModel(classes: Int) throws {
        var (trainer, result, split) = try trained(classes: classes, metrics: true)
        let test = try #require(result.test)
        let metrics = try #require(test.classification)
        #expect(metrics.accuracy == test.accuracy)
        guard case .classes(let labels) = split.test.targets else { Issue.record("no classes"); return }
        let logits = trainer.model.predict(split.test.features)
        #expect(metrics == ClassificationMetrics(logits: logits, classes: labels))
        #expect(metrics.rocAUC > 0.5 && metrics.rocAUC <= 1)
        #expect(try #require(result.epochs.last?.valClassification).accuracy == result.epochs.last?.valAccuracy)
    }

    @Test func offByDefault() throws {
        let (_, result, _) = try trained(classes: 2, metrics: false)
        #expect(result.test?.classification == nil && result.epochs.allSatisfy { $0.valClassification == nil })
    }
}
