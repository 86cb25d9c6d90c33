extension Trainer {
    /// Minimises a function model (no data) for `options.length`'s steps, one update each.
    ///
    /// Record `k` holds the loss f at the parameters before update `k` and the rate applied by
    /// update `k`; every update is one schedule tick whatever `interval` says (there are no
    /// epochs), observing that loss as both training loss and metric. Early stopping, if set,
    /// must watch `train_loss` and counts steps. `finalTrainLoss` is f after the last update.
    public mutating func minimize(onStep: (StepRecord) -> Void = { _ in }) throws(TrainingError) -> TrainingResult {
        guard case .steps(let steps) = options.length else {
            throw TrainingError("a function model needs 'steps', not 'epochs'")
        }
        for metric in [options.monitor, options.earlyStopping?.metric].compactMap({ $0 }) where metric != .trainLoss {
            throw TrainingError("a function model has no validation data; monitor 'train_loss', not '\(metric.rawValue)'")
        }
        let inputs = Matrix(rows: 0, columns: 0)
        let targets = Targets.classes([])
        var result = TrainingResult(
            status: .ok, divergence: nil, steps: [], epochs: [], monitor: .trainLoss,
            bestEpoch: nil, bestStep: nil, finalTrainLoss: nil, test: nil)
        result.steps.reserveCapacity(min(steps, Trainer.reservationLimit))
        var stopper = options.earlyStopping.map(EarlyStopper.init)
        for step in 1...steps {
            let update = update(inputs: inputs, targets: targets, step: step, epoch: 0)
            result.steps.append(update.record)
            onStep(update.record)
            if let reason = update.divergence {
                result.status = .diverged
                result.divergence = Divergence(step: step, epoch: 0, reason: reason)
                break
            }
            let loss = update.record.trainLoss
            if isBetter(loss, than: result.bestStep?.trainLoss, for: .trainLoss) {
                result.bestStep = update.record
            }
            schedule.advance(after: ScheduleObservation(trainLoss: loss, metric: loss))
            if stopper?.shouldStop(after: loss) == true {
                result.status = .stopped
                break
            }
        }
        if result.status != .diverged {
            result.finalTrainLoss = model.lossAndGradient(inputs: inputs, targets: targets)
        }
        return result
    }
}
