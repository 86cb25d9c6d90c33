extension Trainer {
    /// One update under the schedule, as every run makes it: records the schedule's values in
    /// force in `trace`, runs `update`, then ticks the schedule where `clock` says it ticks
    /// after an update (never after a diverged one).
    mutating func scheduledUpdate(
        inputs: Matrix, targets: Targets, step: Int, epoch: Int, clock: ScheduleClock, trace: inout ScheduleTrace
    ) -> Update {
        trace.appendRow(from: schedule)
        let update = update(inputs: inputs, targets: targets, step: step, epoch: epoch)
        if update.divergence == nil, let observation = clock.observation(after: update.record) {
            advanceSchedule(after: observation, trace: &trace)
        }
        return update
    }

    /// `scheduledUpdate`, its record appended to `result` and handed to `onStep`.
    ///
    /// - Returns: the record; nil when the update diverged (it is recorded, not applied, and
    ///   `result` says where).
    mutating func recordedUpdate(
        inputs: Matrix, targets: Targets, step: Int, epoch: Int, clock: ScheduleClock,
        into result: inout TrainingResult, onStep: (StepRecord) -> Void
    ) -> StepRecord? {
        let update = scheduledUpdate(
            inputs: inputs, targets: targets, step: step, epoch: epoch, clock: clock, trace: &result.scheduleTrace)
        result.steps.append(update.record)
        onStep(update.record)
        if let reason = update.divergence {
            result.diverge(Divergence(step: step, epoch: epoch, reason: reason))
            return nil
        }
        return update.record
    }

    /// Ticks the schedule, recording what the tick produced on the last row of `trace`.
    mutating func advanceSchedule(after observation: ScheduleObservation, trace: inout ScheduleTrace) {
        schedule.advance(after: observation)
        trace.recordOutcome(of: schedule)
    }
}
