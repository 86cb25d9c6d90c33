import Testing
@testable import LREngine

@Suite("trainer")
struct TrainerTests {
    func trainLogistic(
        split: DatasetSplit, classes: Int, lr: Double, epochs: Int = 20, shuffleSeed: UInt64 = 1,
        options: (inout TrainingOptions) -> Void = { _ in }
    ) throws -> (TrainingResult, Trainer) {
        let model = try logisticModel(inputs: split.train.features.columns, classes: classes)
        var trainingOptions = TrainingOptions(length: .epochs(epochs), batchSize: 16)
        options(&trainingOptions)
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: lr)), schedule: ConstantSchedule(baseLR: lr),
            options: trainingOptions)
        let result = try trainer.train(on: split, shuffle: RandomStream(root: shuffleSeed, name: "shuffle"))
        return (result, trainer)
    }

    @Test(arguments: [2, 3])
    func logisticRegressionOnBlobsConverges(classes: Int) throws {
        let split = try blobSplit(classes: classes)
        let (result, _) = try trainLogistic(split: split, classes: classes, lr: 0.1)
        #expect(result.status == .ok)
        #expect(result.epochs.count == 20)
        let first = try #require(result.epochs.first), last = try #require(result.epochs.last)
        #expect(last.trainLoss < first.trainLoss * 0.5)
        #expect((last.valAccuracy ?? 0) >= 0.95)
        #expect((result.test?.accuracy ?? 0) >= 0.95)
        // 300 samples: 45 validation, 45 test, 210 train; batches of 16 → 14 per epoch (last of 2).
        #expect(split.train.count == 210)
        #expect(result.steps.count == 20 * 14)
        #expect(result.steps.map(\.step) == Array(1...280))
        #expect(result.steps.allSatisfy { $0.lr == 0.1 && $0.momentum == nil && $0.gradNorm >= 0 })
        #expect(result.bestEpoch.map { result.epochs.contains($0) } == true)
    }

    @Test func linearRegressionFitsTheGeneratingLine() throws {
        var data = RandomStream(root: 4, name: "data")
        let dataset = try Synthetic.linear(samples: 400, features: 3, noise: 0.1, stream: &data)
        var splitStream = RandomStream(root: 4, name: "split")
        let split = try DatasetSplit(dataset, fractions: SplitFractions(train: 0.7, validation: 0.15, test: 0.15), stream: &splitStream)
        var model = try DenseNetwork.linear(inputs: 3)
        var stream = RandomStream(root: 4, name: "init")
        try initialize(&model.parameters, with: torchLinearDefault, stream: &stream)
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.05)), schedule: ConstantSchedule(baseLR: 0.05),
            options: TrainingOptions(length: .epochs(30), batchSize: 16))
        let result = try trainer.train(on: split, shuffle: RandomStream(root: 4, name: "shuffle"))
        #expect(result.status == .ok)
        // The noise variance 0.01 is the best reachable mean squared error.
        let last = try #require(result.epochs.last)
        #expect(try #require(last.valLoss) < 0.02)
        #expect(last.valAccuracy == nil)
        #expect(try #require(result.test?.loss) < 0.02)
        #expect(result.test?.accuracy == nil)
    }

    @Test func hugeRateDivergesWithoutTrapping() throws {
        var data = RandomStream(root: 2, name: "data")
        let dataset = try Synthetic.linear(samples: 200, features: 4, noise: 0.1, stream: &data)
        var splitStream = RandomStream(root: 2, name: "split")
        let split = try DatasetSplit(dataset, fractions: SplitFractions(train: 0.7, validation: 0.15, test: 0.15), stream: &splitStream)
        for lossAbove in [nil, 1e6] as [Double?] {
            var model = try DenseNetwork.linear(inputs: 4)
            var stream = RandomStream(root: 2, name: "init")
            try initialize(&model.parameters, with: torchLinearDefault, stream: &stream)
            var trainer = try Trainer(
                model: model, optimizer: SGD(options: .torch(lr: 1e3)), schedule: ConstantSchedule(baseLR: 1e3),
                options: TrainingOptions(length: .epochs(50), batchSize: 8, lossAbove: lossAbove))
            let result = try trainer.train(on: split, shuffle: RandomStream(root: 2, name: "shuffle"))
            #expect(result.status == .diverged)
            let divergence = try #require(result.divergence)
            #expect(result.steps.count == divergence.step && result.steps.count < 50 * 18)
            #expect(result.test == nil)
            let last = try #require(result.steps.last)
            if let lossAbove {
                #expect(divergence.reason.contains("above"))
                #expect(last.trainLoss > lossAbove)
            } else {
                #expect(!last.trainLoss.isFinite || !last.gradNorm.isFinite)
            }
        }
    }

    @Test func earlyStoppingTriggersAfterPatience() throws {
        let split = try blobSplit()
        // No epoch can beat the first by 1e9, so the third epoch is the second without improvement.
        let (result, _) = try trainLogistic(split: split, classes: 2, lr: 0.1) {
            $0.earlyStopping = EarlyStopping(metric: .valLoss, patience: 2, minDelta: 1e9)
        }
        #expect(result.status == .stopped)
        #expect(result.epochs.count == 3)
        #expect(result.test != nil)
        // Without min_delta a converging run keeps improving and runs all its epochs.
        let (full, _) = try trainLogistic(split: split, classes: 2, lr: 0.1, epochs: 5) {
            $0.earlyStopping = EarlyStopping(metric: .trainLoss, patience: 2)
        }
        #expect(full.status == .ok && full.epochs.count == 5)
    }

    @Test func earlyStopperCountsEpochsWithoutImprovement() {
        var loss = EarlyStopper(EarlyStopping(metric: .valLoss, patience: 2, minDelta: 0.1))
        // 0.95 is not better by more than 0.1; 0.85 is, and resets the count; 0.9, 0.8 are not.
        let lossStops = [1.0, 0.95, 0.85, 0.9, 0.8].map { loss.shouldStop(after: $0) }
        #expect(lossStops == [false, false, false, false, true])
        var accuracy = EarlyStopper(EarlyStopping(metric: .valAccuracy, patience: 1))
        let accuracyStops = [0.5, 0.6, 0.6].map { accuracy.shouldStop(after: $0) }
        #expect(accuracyStops == [false, false, true])
    }

    @Test func sameInputsGiveIdenticalRecords() throws {
        let split = try blobSplit(classes: 3)
        let (a, _) = try trainLogistic(split: split, classes: 3, lr: 0.05, epochs: 5)
        let (b, _) = try trainLogistic(split: split, classes: 3, lr: 0.05, epochs: 5)
        let (c, _) = try trainLogistic(split: split, classes: 3, lr: 0.05, epochs: 5, shuffleSeed: 2)
        #expect(a == b)
        #expect(a.steps != c.steps)
    }

    @Test func onStepSeesEveryRecord() throws {
        let split = try blobSplit()
        var trainer = try Trainer(
            model: try logisticModel(inputs: 2, classes: 2), optimizer: SGD(options: .torch(lr: 0.1)),
            schedule: ConstantSchedule(baseLR: 0.1), options: TrainingOptions(length: .epochs(2), batchSize: 50))
        var seen: [StepRecord] = []
        let result = try trainer.train(on: split, shuffle: RandomStream(seed: 3)) { seen.append($0) }
        #expect(seen == result.steps)
    }

    @Test func batchesCoverEachEpochAndKeepTheRemainder() throws {
        let split = try blobSplit(samples: 100, validation: 0)
        #expect(split.train.count == 85)
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch(lr: 0.1)), schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .epochs(3), batchSize: 20))
        let result = try trainer.train(on: split, shuffle: RandomStream(seed: 1))
        let probe = try #require(trainer.model as? ProbeModel)
        // Three epochs of 20, 20, 20, 20, 5; then the test part (15 rows) in one chunk.
        #expect(probe.batchRows == Array(repeating: [20, 20, 20, 20, 5], count: 3).flatMap { $0 } + [15])
        #expect(result.steps.map(\.epoch) == [1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3])
        // Every batch, and the evaluation, was gathered into the same buffer.
        #expect(Set(probe.inputAddresses).count == 1)
    }

    /// Clipping, the optimizer and the schedule work on the model's buffers in place: after the
    /// first step (which may copy arrays shared with the caller) they never move.
    @Test(arguments: [nil, 0.5] as [Double?])
    func parameterBuffersStayInPlace(clip: Double?) throws {
        let split = try blobSplit(samples: 100, validation: 0)
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: Adam(options: .torch(lr: 0.1)), schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .epochs(4), batchSize: 10, clipGradNorm: clip))
        let result = try trainer.train(on: split, shuffle: RandomStream(seed: 1))
        let probe = try #require(trainer.model as? ProbeModel)
        // 85 training rows: 9 batches × 4 epochs, then the 15 test rows in 2 chunks.
        #expect(probe.parameterAddresses.count == 38)
        #expect(Set(probe.parameterAddresses.dropFirst()).count == 1)
        // The probe's gradient is all ones over 2 weights: norm √2, clipped or not.
        #expect(result.steps.allSatisfy { abs($0.gradNorm - 2.0.squareRoot()) < 1e-12 })
    }

    @Test func gatherBufferNeverReallocates() throws {
        let split = try blobSplit(samples: 200)
        var buffer = BatchBuffer(capacity: 32, like: split.train)
        let order = Array(0..<split.train.count).reversed().map { $0 }
        buffer.fill(rows: order[0..<32], from: split.train)
        let addresses = buffer.addresses
        for range in [0..<7, 32..<64, 100..<132, 130..<140] {
            buffer.fill(rows: order[range], from: split.train)
            #expect(buffer.addresses == addresses)
            #expect(buffer.inputs.rows == range.count)
            #expect(buffer.inputs.storage.count == range.count * 2)
            #expect(buffer.targets.count == range.count)
        }
        buffer.fill(rows: 3..<5, from: split.train)
        #expect(buffer.addresses == addresses)
        #expect(buffer.inputs.storage == Array(split.train.features.storage[6..<10]))
    }

    @Test func scheduleTicksFollowTheInterval() throws {
        let split = try blobSplit(samples: 100)
        for interval in ScheduleInterval.allCases {
            var trainer = try Trainer(
                model: try logisticModel(inputs: 2, classes: 2), optimizer: SGD(options: .torch(lr: 1)),
                schedule: RecordingSchedule(base: 1), options: TrainingOptions(length: .epochs(3), batchSize: 30, interval: interval))
            let result = try trainer.train(on: split, shuffle: RandomStream(seed: 5))
            let schedule = try #require(trainer.schedule as? RecordingSchedule)
            // 70 training rows: 3 batches per epoch.
            #expect(result.steps.count == 9)
            switch interval {
            case .step:
                #expect(schedule.observations.map(\.trainLoss) == result.steps.map(\.trainLoss))
                #expect(schedule.observations.allSatisfy { $0.metric == nil })
                #expect(result.steps.map(\.lr) == (1...9).map { 1 / Double($0) })
            case .epoch:
                #expect(schedule.observations.map(\.trainLoss) == result.epochs.map(\.trainLoss))
                #expect(schedule.observations.map(\.metric) == result.epochs.map(\.valLoss))
                let expected: [Double] = (0..<9).map { 1 / Double($0 / 3 + 1) }
                #expect(result.steps.map(\.lr) == expected)
            }
        }
    }

    /// A flat validation loss makes `plateau` (patience 1, factor 0.5, ticking per epoch) halve
    /// the rate after every second epoch without improvement.
    @Test func plateauReactsToTheEpochMetric() throws {
        let split = try blobSplit(samples: 100)
        var trainer = try Trainer(
            model: ProbeModel(loss: 2), optimizer: SGD(options: .torch(lr: 1)),
            schedule: try PlateauSchedule.torch(baseLR: 1, factor: 0.5, patience: 1),
            options: TrainingOptions(length: .epochs(6), batchSize: 35, interval: .epoch))
        let result = try trainer.train(on: split, shuffle: RandomStream(seed: 2))
        #expect(result.epochs.map(\.valLoss) == Array(repeating: 2, count: 6))
        #expect(result.epochs.map(\.lr) == [1, 1, 1, 0.5, 0.5, 0.25])
        #expect(result.bestEpoch?.epoch == 1)
    }

    @Test func optionsThatCannotRunThrow() throws {
        let schedule = ConstantSchedule(baseLR: 0.1)
        #expect(throws: TrainingError.self) {
            try Trainer(model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: schedule, options: TrainingOptions(length: .epochs(1), batchSize: 0))
        }
        #expect(throws: TrainingError.self) {
            try Trainer(model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: schedule, options: TrainingOptions(length: .steps(0)))
        }
        #expect(throws: TrainingError.self) {
            try Trainer(model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: schedule,
                options: TrainingOptions(length: .epochs(1), earlyStopping: EarlyStopping(patience: 0)))
        }
        let noValidation = try blobSplit(samples: 100, validation: 0)
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: schedule,
            options: TrainingOptions(length: .epochs(1), earlyStopping: EarlyStopping(metric: .valAccuracy, patience: 1)))
        #expect(throws: TrainingError.self) { try trainer.train(on: noValidation, shuffle: RandomStream(seed: 1)) }
        var stepsTrainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: schedule, options: TrainingOptions(length: .steps(3)))
        #expect(throws: TrainingError.self) { try stepsTrainer.train(on: noValidation, shuffle: RandomStream(seed: 1)) }
    }
}
