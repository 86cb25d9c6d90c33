extension Trainer {
    /// A run over epochs of data, as both `train(on:shuffle:)` and `trainEpochs` cut it: the
    /// split, its batches and their buffer, the shuffle stream, the updates so far, the
    /// monitored metric and the schedule's clock.
    struct EpochLoop {
        let split: DatasetSplit
        let batchSize: Int
        let batchesPerEpoch: Int
        let monitor: MonitoredMetric
        let clock: ScheduleClock
        var buffer: BatchBuffer
        var shuffle: RandomStream
        /// The `step` of the last update so far.
        var step: Int
    }

    /// The loop over `split`, its updates numbered on from `firstStep`.
    ///
    /// - Throws: `TrainingError` for an empty training part or a monitored metric the split
    ///   cannot give.
    func epochLoop(on split: DatasetSplit, shuffle: RandomStream, firstStep: Int) throws(TrainingError) -> EpochLoop {
        let train = split.train
        guard train.count > 0 else { throw TrainingError("the training part is empty") }
        let monitor = try monitoredMetric(for: split)
        let batchSize = min(options.batchSize, train.count)
        return EpochLoop(
            split: split, batchSize: batchSize, batchesPerEpoch: (train.count + batchSize - 1) / batchSize,
            monitor: monitor, clock: ScheduleClock(interval: options.interval, monitor: monitor),
            buffer: BatchBuffer(capacity: batchSize, like: train), shuffle: shuffle, step: firstStep - 1)
    }

    /// An empty result for `epochs` epochs of `loop`, its records reserved.
    func emptyResult(for loop: EpochLoop, epochs: Int) -> TrainingResult {
        var result = TrainingResult(monitor: loop.monitor, scheduleTrace: ScheduleTrace(names: schedule.recordedNames))
        let (planned, overflow) = epochs.multipliedReportingOverflow(by: loop.batchesPerEpoch)
        result.reserve(steps: overflow ? Trainer.reservationLimit : planned, epochs: epochs)
        return result
    }

    /// Trains epoch `epoch` of `loop` (see the type's documentation): one permutation of the
    /// training rows, its batches each one `recordedUpdate`, then the validation part
    /// evaluated and, where the clock ticks per epoch, the schedule advanced. Step and epoch
    /// records and schedule rows are appended to `result`.
    ///
    /// - Returns: the epoch's record; nil when an update or the validation loss diverged
    ///   (`result` says where; an epoch whose validation diverged is recorded, and the schedule
    ///   does not tick after it).
    mutating func runEpoch(
        _ epoch: Int, of loop: inout EpochLoop, into result: inout TrainingResult, onStep: (StepRecord) -> Void
    ) -> EpochRecord? {
        let train = loop.split.train
        let order = loop.shuffle.permutation(train.count)
        var lossSum = 0.0
        var weightSum = 0.0
        var lastLR = schedule.lr
        for batch in 0..<loop.batchesPerEpoch {
            let rows = (batch * loop.batchSize)..<min((batch + 1) * loop.batchSize, train.count)
            loop.buffer.fill(rows: order[rows], from: train)
            loop.step += 1
            guard let record = recordedUpdate(
                inputs: loop.buffer.inputs, targets: loop.buffer.targets, step: loop.step, epoch: epoch,
                clock: loop.clock, into: &result, onStep: onStep)
            else { return nil }
            lastLR = record.lr
            let weight = model.lossWeight(of: loop.buffer.targets, rows: rows.count)
            lossSum += record.trainLoss * weight
            weightSum += weight
        }
        recordEffectiveSteps(into: &result)
        let validation = loop.split.validation.count > 0 ? evaluate(loop.split.validation, buffer: &loop.buffer) : nil
        let record = EpochRecord(
            epoch: epoch, step: loop.step, lr: lastLR, trainLoss: lossSum / weightSum,
            valLoss: validation?.loss, valAccuracy: validation?.accuracy, valClassification: validation?.classification)
        result.epochs.append(record)
        if let loss = validation?.loss, !loss.isFinite {
            result.diverge(Divergence(step: loop.step, epoch: epoch, reason: "validation loss \(Divergence.text(loss))"))
            return nil
        }
        if let observation = loop.clock.observation(after: record) {
            advanceSchedule(after: observation, trace: &result.scheduleTrace)
        }
        return record
    }

    /// The metric for the best epoch and `plateau`, checked against the data.
    private func monitoredMetric(for split: DatasetSplit) throws(TrainingError) -> MonitoredMetric {
        let hasValidation = split.validation.count > 0
        let monitor = options.monitor ?? options.earlyStopping?.metric ?? (hasValidation ? .valLoss : .trainLoss)
        for metric in [monitor, options.earlyStopping?.metric].compactMap({ $0 }) {
            if metric.needsValidation && !hasValidation {
                throw TrainingError("'\(metric.rawValue)' needs a validation part (split.validation > 0)")
            }
            if metric == .valAccuracy && split.train.task == .regression {
                throw TrainingError("'val_accuracy' needs a classification task")
            }
        }
        return monitor
    }

    /// Mean loss (chunk means weighted by their rows, or by their class weights' sum when the
    /// loss is weighted, which gives the weighted mean over all rows) and, for classification, accuracy of the current model on
    /// `data`, in chunks the size of the batch buffer, in row order.
    mutating func evaluate(_ data: Dataset, buffer: inout BatchBuffer) -> Evaluation {
        var lossSum = 0.0
        var weightSum = 0.0
        var correct = 0.0
        // Every row's logits, kept only when the ranking metrics are asked for.
        let keepLogits = options.classificationMetrics && data.task.classCount != nil
        var logits: [Float] = []
        var labelsSeen: [Int] = []
        var columns = 0
        var start = 0
        while start < data.count {
            let rows = start..<min(start + buffer.capacity, data.count)
            buffer.fill(rows: rows, from: data)
            // Forward only: the model's own loss and outputs, no backward pass.
            let weight = model.lossWeight(of: buffer.targets, rows: rows.count)
            let (loss, predicted) = model.lossAndOutputs(inputs: buffer.inputs, targets: buffer.targets)
            lossSum += loss * weight
            weightSum += weight
            if case .classes(let labels) = buffer.targets {
                let accuracy = Metrics.accuracy(logits: predicted, classes: labels)
                // Back to a count: `accuracy` is (correct rows) / (rows), so this rounds exactly.
                correct += accuracy.isFinite ? (accuracy * Double(rows.count)).rounded() : 0
                if keepLogits {
                    let kept = min(predicted.rows, labels.count)
                    columns = predicted.columns
                    logits += predicted.storage.prefix(kept * predicted.columns)
                    labelsSeen += labels.prefix(kept)
                }
            }
            start = rows.upperBound
        }
        let count = Double(data.count)
        let accuracy = data.task.classCount == nil ? nil : correct / count
        let classification = keepLogits && columns > 0
            ? ClassificationMetrics(
                logits: Matrix(rows: labelsSeen.count, columns: columns, storage: logits), classes: labelsSeen)
            : nil
        return Evaluation(loss: lossSum / weightSum, accuracy: accuracy, classification: classification)
    }
}
