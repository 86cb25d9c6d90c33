import LRConfig
import LRTrial

extension TrialSizer {
    /// Builds the trial's schedule as training would (an engine refusal is a located error
    /// now, not a failed trial later) and refuses a `one_cycle` whose `total_steps` ends
    /// before the run does: PyTorch's `OneCycleLR` raises an error there rather than step
    /// past its cycle.
    package func checkSchedule(
        _ size: TrialSize, _ experiment: Experiment, trainRows: Int, epochs: Int?, schedules: Bool
    ) -> Result<TrialSize, SizeProblem> {
        guard schedules else { return .success(size) }
        var run = experiment
        if let epochs { run.train.epochs = epochs }
        do {
            _ = try TrialRunner.makeSchedule(run, trainCount: trainRows, trialSeed: run.seed)
        } catch {
            guard let location = error.location else { return .failure(SizeProblem(experiment, at: "schedule", error.message)) }
            return .failure(SizeProblem(diagnostic: Diagnostic(location, path: "schedule", error.message)))
        }
        let length = TrainingMapping.scheduleLength(run, trainCount: trainRows)
        if let total = (run.schedule.kind as? OneCycleScheduleKind)?.totalSteps {
            let covered = total + (run.schedule.warmup?.steps ?? 0)
            if covered < length {
                let unit = run.schedule.interval == .epoch ? "epochs" : "updates"
                return .failure(SizeProblem(experiment, at: "schedule.total_steps", """
                    one_cycle ends after \(covered) ticks but the run has \(length) \(unit); PyTorch's OneCycleLR \
                    refuses to step past its cycle: leave 'total_steps' out (the run's length) or make it at least \(length)
                    """))
            }
        }
        return .success(size)
    }
}
