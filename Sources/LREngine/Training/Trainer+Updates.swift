extension Trainer {
    /// Runs at most `count` updates, calling `onStep` with each record; stops early when
    /// `onStep` returns false or an update diverges. For searches (the learning-rate range
    /// test) that drive training update by update and decide themselves when to stop.
    ///
    /// With `data`, batches are cut exactly as `train(on:shuffle:)` cuts them — one permutation
    /// of the rows per pass from `shuffle`, consecutive batches of `batch_size`, the last one
    /// keeping the remainder — and passes repeat until `count` updates ran. Without `data` (a
    /// function model) every update evaluates the function, as `minimize` does. The schedule
    /// ticks after every update whatever `interval` says, observing the update's loss; no
    /// validation, early stopping or `epochs`/`steps` length applies. Record `k` carries the
    /// 1-based pass as its epoch (0 without data).
    ///
    /// - Returns: where and why an update diverged (that update is recorded, not applied), or
    ///   nil.
    /// - Throws: `TrainingError` before the first update when `data` is empty or `count` < 1.
    public mutating func runUpdates(
        _ count: Int, on data: Dataset?, shuffle: RandomStream, onStep: (StepRecord) -> Bool
    ) throws(TrainingError) -> Divergence? {
        guard count >= 1 else { throw TrainingError("the number of updates must be at least 1, got \(count)") }
        guard let data else {
            let inputs = Matrix(rows: 0, columns: 0)
            return run(count, epochs: 1, batches: count, numbered: false) { _, _ in (inputs, Targets.classes([])) } onStep: { onStep($0) }
        }
        guard data.count > 0 else { throw TrainingError("the training part is empty") }
        var shuffle = shuffle
        let batchSize = min(options.batchSize, data.count)
        let batchesPerPass = (data.count + batchSize - 1) / batchSize
        let passes = (count + batchesPerPass - 1) / batchesPerPass
        var buffer = BatchBuffer(capacity: batchSize, like: data)
        var order: [Int] = []
        return run(count, epochs: passes, batches: batchesPerPass, numbered: true) { _, batch in
            if batch == 0 { order = shuffle.permutation(data.count) }
            let rows = (batch * batchSize)..<min((batch + 1) * batchSize, data.count)
            buffer.fill(rows: order[rows], from: data)
            return (buffer.inputs, buffer.targets)
        } onStep: { onStep($0) }
    }

    /// The update loop of `runUpdates`: `batch(epoch, index)` gives each update's batch
    /// (epoch 1-based, index 0-based within the epoch); records carry the epoch when
    /// `numbered`, else 0.
    private mutating func run(
        _ count: Int, epochs: Int, batches: Int, numbered: Bool, batch: (Int, Int) -> (Matrix, Targets),
        onStep: (StepRecord) -> Bool
    ) -> Divergence? {
        // The caller keeps what it needs of the records, so nothing the schedule records is kept.
        var trace = ScheduleTrace()
        let clock = ScheduleClock.everyUpdate(lossIsMetric: false)
        var step = 0
        for epoch in 1...epochs {
            for index in 0..<batches where step < count {
                let (inputs, targets) = batch(epoch, index)
                step += 1
                let label = numbered ? epoch : 0
                let update = scheduledUpdate(
                    inputs: inputs, targets: targets, step: step, epoch: label, clock: clock, trace: &trace)
                let goOn = onStep(update.record)
                if let reason = update.divergence { return Divergence(step: step, epoch: label, reason: reason) }
                if !goOn { return nil }
            }
        }
        return nil
    }
}
