import Testing
@testable import LREngine

/// The segment trainer (`trainEpochs`, used by population-based training) runs the same epoch
/// loop as `train(on:shuffle:)`.
@Suite("trainer in segments")
struct SegmentTrainingTests {
    /// A logistic model on three blobs under `plateau` in mode `max`, patience 0, halving per
    /// epoch, watching `val_accuracy`: the validation loss falls while accuracy climbs and
    /// levels off, so the two metrics cut the rate at different epochs.
    func plateauTrainer() throws -> Trainer {
        let split = try blobSplit(classes: 3)
        return try Trainer(
            model: try logisticModel(inputs: split.train.features.columns, classes: 3),
            optimizer: SGD(options: .torch(lr: 0.5)),
            schedule: try PlateauSchedule.torch(baseLR: 0.5, mode: .max, factor: 0.5, patience: 0),
            options: TrainingOptions(length: .epochs(8), batchSize: 16, interval: .epoch, monitor: .valAccuracy))
    }

    /// Epochs 1…8 in segments of 3, 3 and 2, continuing the numbering and the shuffle stream.
    func trainInSegments(_ trainer: inout Trainer, on split: DatasetSplit) throws -> [Trainer.Segment] {
        var shuffle = RandomStream(root: 1, name: "shuffle")
        var segments: [Trainer.Segment] = []
        var epoch = 1, step = 1
        for count in [3, 3, 2] {
            let segment = try trainer.trainEpochs(count, on: split, shuffle: &shuffle, firstEpoch: epoch, firstStep: step)
            segments.append(segment)
            epoch += count
            step += segment.steps.count
        }
        return segments
    }

    /// The rates a fresh plateau gives, per epoch, when fed `metric` after every epoch.
    func plateauRates(feeding metric: [Double]) throws -> [Double] {
        var plateau = try PlateauSchedule.torch(baseLR: 0.5, mode: .max, factor: 0.5, patience: 0)
        var rates: [Double] = []
        for value in metric {
            rates.append(plateau.lr)
            plateau.advance(after: ScheduleObservation(metric: value))
        }
        return rates
    }

    @Test func plateauUnderSegmentsWatchesTheMonitoredMetric() throws {
        let split = try blobSplit(classes: 3)
        var trainer = try plateauTrainer()
        let epochs = try trainInSegments(&trainer, on: split).flatMap(\.epochs)
        #expect(epochs.map(\.epoch) == Array(1...8))
        let accuracy = epochs.compactMap(\.valAccuracy)
        let losses = epochs.compactMap(\.valLoss)
        #expect(accuracy.count == 8 && losses.count == 8)
        let byAccuracy = try plateauRates(feeding: accuracy)
        // The metrics must disagree for this to show which one the schedule watched.
        #expect(byAccuracy != (try plateauRates(feeding: losses)))
        #expect(epochs.map(\.lr) == byAccuracy)
    }

    @Test func segmentsRecordWhatOneRunRecords() throws {
        let split = try blobSplit(classes: 3)
        var whole = try plateauTrainer()
        let run = try whole.train(on: split, shuffle: RandomStream(root: 1, name: "shuffle"))
        var pieces = try plateauTrainer()
        let segments = try trainInSegments(&pieces, on: split)
        #expect(segments.flatMap(\.steps) == run.steps)
        #expect(segments.flatMap(\.epochs) == run.epochs)
        #expect(segments.allSatisfy { $0.divergence == nil })
        #expect(pieces.model.parameters.values == whole.model.parameters.values)
    }

    @Test func segmentsCheckTheMonitorAndTheNumbering() throws {
        let noValidation = try blobSplit(samples: 100, validation: 0)
        var trainer = try plateauTrainer()
        var shuffle = RandomStream(seed: 1)
        #expect(throws: TrainingError("'val_accuracy' needs a validation part (split.validation > 0)")) {
            try trainer.trainEpochs(1, on: noValidation, shuffle: &shuffle, firstEpoch: 1, firstStep: 1)
        }
        let split = try blobSplit(samples: 100)
        for (epoch, step) in [(0, 1), (1, 0), (Int.max, 1), (1, Int.max)] {
            #expect(throws: TrainingError.self) {
                try trainer.trainEpochs(2, on: split, shuffle: &shuffle, firstEpoch: epoch, firstStep: step)
            }
        }
        // Refused before drawing anything.
        var fresh = RandomStream(seed: 1)
        #expect(shuffle.next() == fresh.next())
    }
}
