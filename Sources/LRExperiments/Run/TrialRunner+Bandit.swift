import LREngine

extension TrialRunner {
    /// The `bandit_arm` curve column of a `bandit` schedule (alone or behind a warmup): the
    /// index (from 0, into `arms`) of the arm in force during each row's update; nil for other
    /// schedules.
    ///
    /// Replayed like the annealing columns (`annealingColumns`): a fresh copy of the schedule
    /// advanced with the observations the trainer gave it takes the same decisions. With
    /// `verify`, a replayed rate that differs from a recorded one gives no column rather than
    /// a wrong one.
    static func banditColumn(
        _ initial: any LRSchedule, _ result: TrainingResult, interval: ScheduleInterval, isFunction: Bool,
        verify: Bool
    ) -> [Double?]? {
        guard bandit(initial) != nil else { return nil }
        var schedule = initial
        var arms: [Double?] = []
        arms.reserveCapacity(result.steps.count)
        var epochs = result.epochs.makeIterator()
        var nextEpoch = epochs.next()
        let diverged = result.divergence?.step
        for record in result.steps {
            if verify && schedule.lr != record.lr { return nil }
            arms.append(bandit(schedule).map { Double($0.arm) })
            guard record.step != diverged else { break }
            if isFunction {
                schedule.advance(after: ScheduleObservation(trainLoss: record.trainLoss, metric: record.trainLoss))
            } else if interval == .step {
                schedule.advance(after: ScheduleObservation(trainLoss: record.trainLoss))
            } else if let epoch = nextEpoch, epoch.step == record.step {
                let metric = epoch.value(of: result.monitor) ?? epoch.trainLoss
                schedule.advance(after: ScheduleObservation(trainLoss: epoch.trainLoss, metric: metric))
                nextEpoch = epochs.next()
            }
        }
        return arms
    }

    /// `curve` with a `bandit_arm` column appended (rows beyond `arms` get an empty cell).
    static func appending(banditArms arms: [Double?], to curve: CurveTable) -> CurveTable {
        CurveTable(
            columns: curve.columns + ["bandit_arm"],
            rows: curve.rows.enumerated().map { index, row in row + [index < arms.count ? arms[index] : nil] })
    }

    /// The bandit controller inside `schedule`, if that is what it is.
    private static func bandit(_ schedule: any LRSchedule) -> BanditSchedule? {
        if let bandit = schedule as? BanditSchedule { return bandit }
        if let warmup = schedule as? WarmupSchedule { return warmup.wrapped as? BanditSchedule }
        return nil
    }
}
