import LREngine

/// `train:` (and the schedule's interval and plateau monitor) → the engine's `TrainingOptions`.
package enum TrainingMapping {
    /// Options for `experiment`. Function models have only f, so their early stopping and
    /// `plateau` always watch `train_loss` (counted in steps), whatever metric is named.
    package static func options(_ experiment: Experiment) throws(TrialError) -> TrainingOptions {
        let train = experiment.train
        let isFunction = !experiment.model.trainsOnData
        let length: TrainingOptions.Length
        if isFunction {
            guard let steps = train.steps else { throw TrialError("a function model needs 'train.steps'", at: experiment.location(of: "train")) }
            length = .steps(steps)
        } else {
            guard let epochs = train.epochs else { throw TrialError("a model trained on data needs 'train.epochs'", at: experiment.location(of: "train")) }
            length = .epochs(epochs)
        }
        let stopping = train.earlyStopping.map { rule in
            EarlyStopping(
                metric: isFunction ? .trainLoss : metric(rule.metric), patience: rule.patience,
                minDelta: rule.minDelta, restoreBest: rule.restoreBest)
        }
        return TrainingOptions(
            length: length, batchSize: train.batchSize,
            interval: experiment.schedule.interval == .epoch ? .epoch : .step,
            clipGradNorm: train.clipGradNorm, earlyStopping: stopping, lossAbove: train.divergenceLossAbove,
            monitor: isFunction ? nil : plateauMonitor(experiment.schedule).map(metric),
            classificationMetrics: !isFunction && !train.metrics.isEmpty)
    }

    package static func metric(_ metric: TrainConfig.Metric) -> MonitoredMetric {
        switch metric {
        case .valLoss: .valLoss
        case .valAccuracy: .valAccuracy
        case .trainLoss: .trainLoss
        }
    }

    /// The metric a `plateau` schedule watches, searching a sequence's children in order.
    package static func plateauMonitor(_ schedule: ScheduleConfig) -> TrainConfig.Metric? {
        schedule.kind.monitor
    }

    /// Updates per epoch for `trainCount` training examples.
    package static func stepsPerEpoch(trainCount: Int, batchSize: Int) -> Int {
        let batch = max(1, min(batchSize, trainCount))
        return max(1, (trainCount + batch - 1) / batch)
    }

    /// The run's length in schedule ticks: `train.steps` for function models; else epochs
    /// (`interval: epoch`) or updates (steps per epoch × epochs, `interval: step`). Saturates
    /// instead of overflowing.
    package static func scheduleLength(_ experiment: Experiment, trainCount: Int) -> Int {
        if !experiment.model.trainsOnData { return max(experiment.train.steps ?? 1, 1) }
        let epochs = max(experiment.train.epochs ?? 1, 1)
        if experiment.schedule.interval == .epoch { return epochs }
        // An external trainer's updates per epoch are what it declares (1 if it declares none:
        // only schedules given their own length count updates then).
        let perEpoch = experiment.trainer.map { $0.stepsPerEpoch ?? 1 }
            ?? stepsPerEpoch(trainCount: trainCount, batchSize: experiment.train.batchSize)
        let (product, overflow) = perEpoch.multipliedReportingOverflow(by: epochs)
        return overflow ? Int.max / 2 : product
    }
}
