extension Trainer {
    /// What one segment of epochs (`trainEpochs`) produced.
    public struct Segment: Sendable {
        /// One record per update, numbered on from the segment's first step.
        public var steps: [StepRecord]
        /// One record per completed epoch, numbered on from the segment's first epoch.
        public var epochs: [EpochRecord]
        /// Where an update (or the validation loss) diverged; the segment ends there.
        public var divergence: Divergence?
    }

    /// Trains `count` more epochs from the current state — for searches that train in
    /// segments and change the state in between (population-based training). Epochs are
    /// numbered from `firstEpoch`, updates from `firstStep`.
    ///
    /// Each epoch is cut and run exactly as in `train(on:shuffle:)`: one permutation of the
    /// training rows from `shuffle` (which is advanced, so the next segment continues the same
    /// stream), consecutive batches, the schedule ticking per update or per epoch by
    /// `options.interval`, then the validation part evaluated. No early stopping, best-epoch
    /// tracking or test evaluation (see `evaluate(_:)`). Because a `Trainer` is a value, a
    /// copy taken between segments carries the whole training state: parameters, optimizer
    /// state and schedule.
    ///
    /// - Throws: `TrainingError` before the first update when `count` < 1 or the training part
    ///   is empty.
    public mutating func trainEpochs(
        _ count: Int, on split: DatasetSplit, shuffle: inout RandomStream, firstEpoch: Int, firstStep: Int
    ) throws(TrainingError) -> Segment {
        guard count >= 1 else { throw TrainingError("the number of epochs must be at least 1, got \(count)") }
        let train = split.train
        guard train.count > 0 else { throw TrainingError("the training part is empty") }
        let batchSize = min(options.batchSize, train.count)
        let batchesPerEpoch = (train.count + batchSize - 1) / batchSize
        var buffer = BatchBuffer(capacity: batchSize, like: train)
        var segment = Segment(steps: [], epochs: [], divergence: nil)
        var step = firstStep - 1
        for epoch in firstEpoch..<(firstEpoch + count) {
            let order = shuffle.permutation(train.count)
            var lossSum = 0.0
            var lastLR = schedule.lr
            for batch in 0..<batchesPerEpoch {
                let rows = (batch * batchSize)..<min((batch + 1) * batchSize, train.count)
                buffer.fill(rows: order[rows], from: train)
                step += 1
                let update = update(inputs: buffer.inputs, targets: buffer.targets, step: step, epoch: epoch)
                segment.steps.append(update.record)
                if let reason = update.divergence {
                    segment.divergence = Divergence(step: step, epoch: epoch, reason: reason)
                    return segment
                }
                lastLR = update.record.lr
                lossSum += update.record.trainLoss * Double(rows.count)
                if options.interval == .step {
                    schedule.advance(after: ScheduleObservation(trainLoss: update.record.trainLoss))
                }
            }
            let trainLoss = lossSum / Double(train.count)
            let validation = split.validation.count > 0 ? evaluate(split.validation, buffer: &buffer) : nil
            segment.epochs.append(EpochRecord(
                epoch: epoch, step: step, lr: lastLR, trainLoss: trainLoss, valLoss: validation?.loss,
                valAccuracy: validation?.accuracy))
            if let loss = validation?.loss, !loss.isFinite {
                segment.divergence = Divergence(step: step, epoch: epoch, reason: "validation loss \(Divergence.text(loss))")
                return segment
            }
            if options.interval == .epoch {
                schedule.advance(after: ScheduleObservation(trainLoss: trainLoss, metric: validation?.loss ?? trainLoss))
            }
        }
        return segment
    }

    /// Mean loss and (classification) accuracy of the current model on `data`, in batches of
    /// `options.batchSize`; nil for an empty part.
    public mutating func evaluate(_ data: Dataset) -> Evaluation? {
        guard data.count > 0 else { return nil }
        var buffer = BatchBuffer(capacity: min(options.batchSize, data.count), like: data)
        return evaluate(data, buffer: &buffer)
    }
}

extension TrainingResult {
    /// A result assembled from segments (`Trainer.trainEpochs`), for reporting a run that was
    /// trained in pieces.
    public init(
        status: TrainingStatus, divergence: Divergence?, steps: [StepRecord], epochs: [EpochRecord],
        monitor: MonitoredMetric, test: Evaluation?
    ) {
        self.init(
            status: status, divergence: divergence, steps: steps, epochs: epochs, monitor: monitor,
            bestEpoch: nil, bestStep: nil, finalTrainLoss: epochs.last?.trainLoss, test: test)
    }
}
