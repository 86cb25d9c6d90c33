/// A learning-rate range test (Smith, 2017, "Cyclical Learning Rates for Training Neural
/// Networks", §3.3), as fastai's `Learner.lr_find`.
///
/// Trains from the given model and optimizer state with the rate rising exponentially from
/// `startLR` to `endLR` over `steps` updates (`RangeTestSchedule`), records each update's
/// (rate, loss, smoothed loss) (`LossSmoother`, β = `beta`), stops once the smoothed loss
/// exceeds `divergenceFactor` times its minimum or is not finite (`RangeTestRecorder`), and
/// suggests rates from the curve (`RangeTestSuggestions`). The model is trained as a trial
/// would train it — same batches, clipping and divergence checks (`Trainer.runUpdates`) — and
/// the test is deterministic given the trainer and the `shuffle` stream.
public struct RangeTest: Sendable, Equatable {
    public let schedule: RangeTestSchedule
    public let beta: Double
    public let divergenceFactor: Double

    /// Defaults are fastai's: 1e-7 to 10 over 100 updates, β = 0.98, stop at 4× the minimum.
    public init(
        startLR: Double = 1e-7, endLR: Double = 10, steps: Int = 100, beta: Double = 0.98,
        divergenceFactor: Double = 4
    ) throws {
        schedule = try RangeTestSchedule(startLR: startLR, endLR: endLR, steps: steps)
        try ScheduleError.require("beta", beta, in: 0, 1)
        if beta == 1 { throw ScheduleError("'beta' must be below 1, got 1.0") }
        if !(divergenceFactor > 1 && divergenceFactor.isFinite) {
            throw ScheduleError("'divergence_factor' must be a number above 1, got \(divergenceFactor)")
        }
        self.beta = beta
        self.divergenceFactor = divergenceFactor
    }

    /// Runs the test with `trainer`'s model, optimizer, parameter groups and options (batch
    /// size, gradient clipping, `loss_above`); its schedule is replaced by the range test's.
    /// `data` is the training part, or nil for a function model.
    public func run(trainer: Trainer, on data: Dataset?, shuffle: RandomStream) throws(TrainingError)
        -> RangeTestResult
    {
        var trainer = trainer
        trainer.schedule = schedule
        var recorder = RangeTestRecorder(steps: schedule.steps, beta: beta, divergenceFactor: divergenceFactor)
        let divergence = try trainer.runUpdates(schedule.steps, on: data, shuffle: shuffle) { record in
            recorder.record(lr: record.lr, loss: record.trainLoss)
        }
        var stop = recorder.stop ?? .completed
        if divergence != nil && (stop == .completed) { stop = .diverged }
        return RangeTestResult(
            points: recorder.points, stop: stop, divergence: divergence,
            suggestions: RangeTestSuggestions(points: recorder.points, plannedSteps: schedule.steps))
    }
}
