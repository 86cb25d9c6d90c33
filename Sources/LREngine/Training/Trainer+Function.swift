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
        let clock = ScheduleClock.everyUpdate(lossIsMetric: true)
        var result = TrainingResult(monitor: .trainLoss, scheduleTrace: ScheduleTrace(names: schedule.recordedNames))
        result.reserve(steps: steps, epochs: 0)
        var stopper = options.earlyStopping.map(EarlyStopper.init)
        for step in 1...steps {
            guard let record = recordedUpdate(
                inputs: inputs, targets: targets, step: step, epoch: 0, clock: clock, into: &result, onStep: onStep)
            else { break }
            recordEffectiveSteps(into: &result)
            if isBetter(record.trainLoss, than: result.bestStep?.trainLoss, for: .trainLoss) {
                result.bestStep = record
            }
            if stopper?.shouldStop(after: record.trainLoss) == true {
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
