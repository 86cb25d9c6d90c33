extension Trainer {
    /// Minimises a function model (no data) for `options.length`'s steps, one update each.
    ///
    /// Record `k` holds the loss f at the parameters before update `k` and the rate applied by
    /// update `k`; every update is one schedule tick whatever `interval` says (there are no
    /// epochs), observing that loss as both training loss and metric. Early stopping, if set,
    /// must watch `train_loss` and counts steps. `finalTrainLoss` is f after the last update.
    /// The coordinates before each update go to `path` (row k: where record k's loss was
    /// measured) when there are at most `recordedCoordinateLimit` of them.
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
        let dimension = model.parameters.values.count
        if dimension <= Self.recordedCoordinateLimit {
            result.path = CoordinatePath(dimension: dimension)
            result.path.reserveCapacity(rows: min(steps, Self.reservationLimit))
        }
        for step in 1...steps {
            if result.path.dimension > 0 { result.path.append(model.parameters.values) }
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

    /// The most coordinates a function model's `path` records: enough for every plotted
    /// (two-coordinate) problem and small ones beyond, while a 10,000-coordinate quadratic does
    /// not widen its curve by 10,000 columns.
    public static let recordedCoordinateLimit = 16
}
