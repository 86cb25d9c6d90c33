extension Trainer {
    /// Trains for `options.length`'s epochs on `split.train`, evaluating `split.validation`
    /// after every epoch and `split.test` once at the end with the final parameters.
    ///
    /// - Parameters:
    ///   - shuffle: the trial's `shuffle` stream; one permutation per epoch is drawn from it.
    ///   - onStep: called with every step record as it is made.
    /// - Throws: `TrainingError` before the first update when the options do not fit the data
    ///   (steps instead of epochs, an empty training part, a validation metric without a
    ///   validation part, accuracy on a regression).
    public mutating func train(
        on split: DatasetSplit, shuffle: RandomStream, onStep: (StepRecord) -> Void = { _ in }
    ) throws(TrainingError) -> TrainingResult {
        guard case .epochs(let epochs) = options.length else {
            throw TrainingError("a model trained on data needs 'epochs', not 'steps'")
        }
        let train = split.train
        guard train.count > 0 else { throw TrainingError("the training part is empty") }
        let monitor = try monitoredMetric(for: split)
        var shuffle = shuffle
        let batchSize = min(options.batchSize, train.count)
        let batchesPerEpoch = (train.count + batchSize - 1) / batchSize
        var buffer = BatchBuffer(capacity: batchSize, like: train)
        var result = TrainingResult(
            status: .ok, divergence: nil, steps: [], epochs: [], monitor: monitor,
            bestEpoch: nil, bestStep: nil, finalTrainLoss: nil, test: nil)
        let (planned, overflow) = epochs.multipliedReportingOverflow(by: batchesPerEpoch)
        result.steps.reserveCapacity(overflow ? Trainer.reservationLimit : min(planned, Trainer.reservationLimit))
        result.epochs.reserveCapacity(min(epochs, Trainer.reservationLimit))
        var stopper = options.earlyStopping.map(EarlyStopper.init)
        var step = 0

        epochs: for epoch in 1...epochs {
            let order = shuffle.permutation(train.count)
            var lossSum = 0.0
            var last = StepRecord(step: 0, epoch: epoch, lr: 0, momentum: nil, trainLoss: 0, gradNorm: 0)
            for batch in 0..<batchesPerEpoch {
                let rows = (batch * batchSize)..<min((batch + 1) * batchSize, train.count)
                buffer.fill(rows: order[rows], from: train)
                step += 1
                let update = update(inputs: buffer.inputs, targets: buffer.targets, step: step, epoch: epoch)
                result.steps.append(update.record)
                onStep(update.record)
                if let reason = update.divergence {
                    result.status = .diverged
                    result.divergence = Divergence(step: step, epoch: epoch, reason: reason)
                    break epochs
                }
                last = update.record
                lossSum += last.trainLoss * Double(rows.count)
                if options.interval == .step {
                    schedule.advance(after: ScheduleObservation(trainLoss: last.trainLoss))
                }
            }
            let trainLoss = lossSum / Double(train.count)
            let validation = split.validation.count > 0 ? evaluate(split.validation, buffer: &buffer) : nil
            let record = EpochRecord(
                epoch: epoch, step: step, lr: last.lr, trainLoss: trainLoss,
                valLoss: validation?.loss, valAccuracy: validation?.accuracy)
            result.epochs.append(record)
            if let loss = validation?.loss, !loss.isFinite {
                result.status = .diverged
                result.divergence = Divergence(step: step, epoch: epoch, reason: "validation loss \(Divergence.text(loss))")
                break
            }
            let monitored = record.value(of: monitor) ?? trainLoss
            if options.interval == .epoch {
                schedule.advance(after: ScheduleObservation(trainLoss: trainLoss, metric: monitored))
            }
            if isBetter(monitored, than: result.bestEpoch?.value(of: monitor), for: monitor) {
                result.bestEpoch = record
            }
            if let rule = options.earlyStopping, stopper?.shouldStop(after: record.value(of: rule.metric) ?? .nan) == true {
                result.status = .stopped
                break
            }
        }
        result.finalTrainLoss = result.epochs.last?.trainLoss
        if result.status != .diverged && split.test.count > 0 {
            result.test = evaluate(split.test, buffer: &buffer)
        }
        return result
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

    /// Mean loss (rows weighted) and, for classification, accuracy of the current model on
    /// `data`, in chunks the size of the batch buffer, in row order.
    mutating func evaluate(_ data: Dataset, buffer: inout BatchBuffer) -> Evaluation {
        var lossSum = 0.0
        var correct = 0.0
        var start = 0
        while start < data.count {
            let rows = start..<min(start + buffer.capacity, data.count)
            buffer.fill(rows: rows, from: data)
            // The model's own loss; the gradient it leaves is overwritten by the next update.
            lossSum += model.lossAndGradient(inputs: buffer.inputs, targets: buffer.targets) * Double(rows.count)
            if case .classes(let labels) = buffer.targets {
                let accuracy = Metrics.accuracy(logits: model.predict(buffer.inputs), classes: labels)
                // Back to a count: `accuracy` is (correct rows) / (rows), so this rounds exactly.
                correct += accuracy.isFinite ? (accuracy * Double(rows.count)).rounded() : 0
            }
            start = rows.upperBound
        }
        let count = Double(data.count)
        let accuracy = data.task.classCount == nil ? nil : correct / count
        return Evaluation(loss: lossSum / count, accuracy: accuracy)
    }
}
