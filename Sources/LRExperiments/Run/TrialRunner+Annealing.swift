import LREngine

extension TrialRunner {
    /// The `temperature` and `accepted` curve columns of an `annealing` schedule (alone or
    /// behind a warmup), one value per step record; nil for other schedules.
    ///
    /// The trainer does not report the chain, so it is replayed: a schedule is a value, and a
    /// fresh copy advanced with the same observations the trainer gave it (each update's batch
    /// loss for `interval: step` and function models, each epoch's mean loss and monitored
    /// metric for `interval: epoch`) draws the same numbers and takes the same decisions.
    /// `temperature` is the one in force during the row's update; `accepted` is 1 or 0 on the
    /// row whose tick ended with a Metropolis test, empty elsewhere. With `verify` (optimizers
    /// that apply the scheduled rate, i.e. not the hypergradient ones) the replayed rate must
    /// equal every recorded rate, else no columns are reported rather than wrong ones.
    static func annealingColumns(
        _ initial: any LRSchedule, _ result: TrainingResult, interval: ScheduleInterval, isFunction: Bool,
        verify: Bool
    ) -> (temperature: [Double?], accepted: [Double?])? {
        guard chain(initial) != nil else { return nil }
        var schedule = initial
        var temperature: [Double?] = []
        var accepted = [Double?](repeating: nil, count: result.steps.count)
        temperature.reserveCapacity(result.steps.count)
        var epochs = result.epochs.makeIterator()
        var nextEpoch = epochs.next()
        let diverged = result.divergence?.step
        for (row, record) in result.steps.enumerated() {
            if verify && schedule.lr != record.lr { return nil }
            temperature.append(chain(schedule)?.temperature)
            guard record.step != diverged else { break }
            let before = chain(schedule)?.decisions ?? 0
            if isFunction {
                schedule.advance(after: ScheduleObservation(trainLoss: record.trainLoss, metric: record.trainLoss))
            } else if interval == .step {
                schedule.advance(after: ScheduleObservation(trainLoss: record.trainLoss))
            } else if let epoch = nextEpoch, epoch.step == record.step {
                let metric = epoch.value(of: result.monitor) ?? epoch.trainLoss
                schedule.advance(after: ScheduleObservation(trainLoss: epoch.trainLoss, metric: metric))
                nextEpoch = epochs.next()
            }
            if let current = chain(schedule), current.decisions > before {
                accepted[row] = current.lastDecision == .accepted ? 1 : 0
            }
        }
        return (temperature, accepted)
    }

    /// The annealing chain inside `schedule`, if that is what it is.
    private static func chain(_ schedule: any LRSchedule) -> AnnealingSchedule? {
        if let annealing = schedule as? AnnealingSchedule { return annealing }
        if let warmup = schedule as? WarmupSchedule { return warmup.wrapped as? AnnealingSchedule }
        return nil
    }
}
