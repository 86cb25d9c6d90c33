import Testing

@testable import LREngine

/// The range test driving real training: an MLP on two moons, a quadratic bowl, and the
/// trainer's update hook.
@Suite struct RangeTestRunTests {
    /// Standardised two moons (400 samples, noise 0.2), 85 % for training.
    static func moons() throws -> Dataset {
        var stream = RandomStream(root: 3, name: "data")
        let dataset = try Synthetic.moons(samples: 400, noise: 0.2, stream: &stream)
        var split = RandomStream(root: 3, name: "split")
        let fractions = try SplitFractions(train: 0.85, validation: 0, test: 0.15)
        return try DatasetSplit(dataset, fractions: fractions, stream: &split).standardized().split.train
    }

    /// An MLP (16 ReLU units) with SGD (momentum 0.9), batches of 32.
    static func mlpTrainer() throws -> Trainer {
        var model = try DenseNetwork.mlp(
            inputs: 2, hidden: [16], outputs: 2, activation: .relu, loss: .crossEntropy)
        var stream = RandomStream(root: 3, name: "init")
        try initialize(&model.parameters, with: torchLinearDefault, stream: &stream)
        return try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.1, momentum: 0.9)),
            schedule: ConstantSchedule(baseLR: 0.1), options: TrainingOptions(length: .epochs(1), batchSize: 32))
    }

    static func runOnMoons(endLR: Double = 10) throws -> RangeTestResult {
        try RangeTest(endLR: endLR).run(
            trainer: mlpTrainer(), on: moons(), shuffle: RandomStream(root: 3, name: "shuffle"))
    }

    static func expectSensible(_ suggestions: RangeTestSuggestions) throws {
        for suggestion in [suggestions.minimum, suggestions.steepest, suggestions.valley] {
            let lr = try #require(suggestion)
            #expect(lr >= 1e-4 && lr <= 1, "suggested \(lr)")
        }
    }

    /// fastai's defaults (1e-7 to 10 over 100 updates): every suggestion is a rate at which
    /// momentum SGD trains this network, and the rates follow the schedule.
    @Test func mlpOnMoonsSuggestsSensibleRates() throws {
        let result = try Self.runOnMoons()
        try Self.expectSensible(result.suggestions)
        #expect(result.points.map(\.step) == Array(1...result.points.count))
        for point in result.points {
            let expected = 1e-7 * _pow(1e8, Double(point.step - 1) / 99)
            #expect(abs(point.lr / expected - 1) < 1e-9)
        }
    }

    /// Towards 1000 the loss explodes and the test stops well before the end, with the
    /// suggestions still in range.
    @Test func mlpOnMoonsStopsWhenTheLossBlowsUp() throws {
        let result = try Self.runOnMoons(endLR: 1000)
        #expect(result.stop == .lossExploded)
        #expect(result.points.count < 95)
        let last = try #require(result.points.last)
        #expect(last.lr < 100)
        let best = result.points.map(\.smoothedLoss).min() ?? 0
        #expect(last.smoothedLoss > 4 * best)
        try Self.expectSensible(result.suggestions)
    }

    @Test func theTestIsReproducible() throws {
        #expect(try Self.runOnMoons() == Self.runOnMoons())
    }

    /// Gradient descent on f = ½x² is stable for lr < 2 and diverges beyond: the test must
    /// stop after the rate passes 2 and well before its end.
    @Test func aQuadraticBowlStopsOnceTheRatePassesTheStabilityLimit() throws {
        let model = try FunctionModel(function: Quadratic(scales: [1]), start: [1])
        let trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.1)), schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .steps(1)))
        let test = try RangeTest(startLR: 1e-3, endLR: 1e3, steps: 200)
        let result = try test.run(trainer: trainer, on: nil, shuffle: RandomStream(seed: 0))
        #expect(result.stop == .lossExploded)
        let last = try #require(result.points.last)
        #expect(last.lr > 2 && last.lr < 1e3)
        #expect(result.points.allSatisfy { $0.step <= 199 })
        let minimum = try #require(result.suggestions.minimum)
        #expect(minimum < 2)
    }

    @Test func updatesCycleThroughPassesAndStopWhenAsked() throws {
        let data = try Self.moons()  // 340 rows: 10 batches of 32 and one of 20
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch(lr: 0.1)),
            schedule: RecordingSchedule(base: 1), options: TrainingOptions(length: .epochs(1), batchSize: 32))
        var records: [StepRecord] = []
        let divergence = try trainer.runUpdates(25, on: data, shuffle: RandomStream(seed: 1)) { record in
            records.append(record)
            return true
        }
        #expect(divergence == nil)
        #expect(records.map(\.step) == Array(1...25))
        #expect(records.map(\.epoch) == Array(repeating: 1, count: 11) + Array(repeating: 2, count: 11) + [3, 3, 3])
        let probe = try #require(trainer.model as? ProbeModel)
        let pass = Array(repeating: 32, count: 10) + [20]
        #expect(probe.batchRows == pass + pass + [32, 32, 32])
        #expect((trainer.schedule as? RecordingSchedule)?.observations.count == 25)

        var stopped = 0
        _ = try trainer.runUpdates(25, on: data, shuffle: RandomStream(seed: 1)) { record in
            stopped += 1
            return record.step < 4
        }
        #expect(stopped == 4)
        #expect(throws: TrainingError.self) {
            try trainer.runUpdates(0, on: data, shuffle: RandomStream(seed: 1)) { _ in true }
        }
    }

    @Test func aDivergingUpdateEndsTheTest() throws {
        let trainer = try Trainer(
            model: ProbeModel(loss: .infinity), optimizer: SGD(options: .torch(lr: 0.1)),
            schedule: ConstantSchedule(baseLR: 0.1), options: TrainingOptions(length: .epochs(1)))
        let result = try RangeTest().run(trainer: trainer, on: Self.moons(), shuffle: RandomStream(seed: 1))
        #expect(result.points.count == 1)
        #expect(result.stop == .nonFinite)
        #expect(result.divergence?.step == 1)
        #expect(result.suggestions == RangeTestSuggestions(minimum: nil, steepest: nil, valley: nil))
    }
}
