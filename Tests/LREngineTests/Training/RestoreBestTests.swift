import Testing
@testable import LREngine

/// `restore_best`: the test part is evaluated with the best epoch's parameters.
@Suite struct RestoreBestTests {
    static func train(epochs: Int, restoreBest: Bool) throws -> TrainingResult {
        let split = try blobSplit(samples: 120, classes: 3, seed: 5)
        var trainer = try Trainer(
            model: try logisticModel(inputs: 2, classes: 3, seed: 5), optimizer: SGD(options: .torch(lr: 2, momentum: 0.9)),
            schedule: ConstantSchedule(baseLR: 2),
            options: TrainingOptions(
                length: .epochs(epochs), batchSize: 8,
                earlyStopping: EarlyStopping(metric: .valLoss, patience: 1000, restoreBest: restoreBest)))
        return try trainer.train(on: split, shuffle: RandomStream(root: 5, name: "shuffle"))
    }

    /// Training stopped at the best epoch gives the same test metrics as a longer run whose
    /// best parameters are put back: the shuffles agree up to that epoch.
    @Test func theTestPartSeesTheBestEpochsParameters() throws {
        let restored = try Self.train(epochs: 30, restoreBest: true)
        let best = try #require(restored.restoredEpoch, "the last epoch was the best; the case needs a later, worse one")
        #expect(best == restored.bestEpoch && best.epoch < 30)
        let shorter = try Self.train(epochs: best.epoch, restoreBest: false)
        #expect(restored.test == shorter.test)
        let kept = try Self.train(epochs: 30, restoreBest: false)
        #expect(kept.restoredEpoch == nil && kept.test != restored.test)
    }
}
