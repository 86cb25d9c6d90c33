extension Trainer {
    /// What one segment of epochs (`trainEpochs`) produced.
    public struct Segment: Sendable {
        /// One record per update, numbered on from the segment's first step.
        public var steps: [StepRecord]
        /// One record per completed epoch, numbered on from the segment's first epoch.
        public var epochs: [EpochRecord]
        /// Where an update (or the validation loss) diverged; the segment ends there.
        public var divergence: Divergence?
        /// What the schedule recorded, one row per record in `steps`.
        public var scheduleTrace: ScheduleTrace
    }

    /// Trains `count` more epochs from the current state — for searches that train in
    /// segments and change the state in between (population-based training). Epochs are
    /// numbered from `firstEpoch`, updates from `firstStep`.
    ///
    /// Each epoch runs exactly as in `train(on:shuffle:)` (`runEpoch`): one permutation of the
    /// training rows from `shuffle` (which is advanced, so the next segment continues the same
    /// stream), consecutive batches, the schedule ticking as `ScheduleClock` says — per epoch
    /// observing the monitored metric — then the validation part evaluated. No early
    /// stopping, best-epoch tracking or test evaluation (see `evaluate(_:)`). Because a
    /// `Trainer` is a value, a copy taken between segments carries the whole training state:
    /// parameters, optimizer state and schedule.
    ///
    /// - Throws: `TrainingError` before the first update when `count` < 1, the numbering does
    ///   not start at 1 or more or would overflow, the training part is empty, or the monitored
    ///   metric needs what the split lacks.
    public mutating func trainEpochs(
        _ count: Int, on split: DatasetSplit, shuffle: inout RandomStream, firstEpoch: Int, firstStep: Int
    ) throws(TrainingError) -> Segment {
        guard count >= 1 else { throw TrainingError("the number of epochs must be at least 1, got \(count)") }
        let (end, epochOverflow) = firstEpoch.addingReportingOverflow(count)
        guard firstEpoch >= 1, firstStep >= 1, !epochOverflow else {
            throw TrainingError("a segment's epochs and steps are numbered from 1, got epoch \(firstEpoch), step \(firstStep)")
        }
        var loop = try epochLoop(on: split, shuffle: shuffle, firstStep: firstStep)
        let (updates, countOverflow) = count.multipliedReportingOverflow(by: loop.batchesPerEpoch)
        guard !countOverflow, !firstStep.addingReportingOverflow(updates).overflow else {
            throw TrainingError("\(count) epochs from step \(firstStep) are too many to number")
        }
        defer { shuffle = loop.shuffle }
        var result = emptyResult(for: loop, epochs: count)
        for epoch in firstEpoch..<end {
            guard runEpoch(epoch, of: &loop, into: &result, onStep: { _ in }) != nil else { break }
        }
        return Segment(
            steps: result.steps, epochs: result.epochs, divergence: result.divergence,
            scheduleTrace: result.scheduleTrace)
    }

    /// Mean loss and (classification) accuracy of the current model on `data`, in batches of
    /// `options.batchSize`; nil for an empty part.
    public mutating func evaluate(_ data: Dataset) -> Evaluation? {
        guard data.count > 0 else { return nil }
        var buffer = BatchBuffer(capacity: min(options.batchSize, data.count), like: data)
        return evaluate(data, buffer: &buffer)
    }
}

extension TrainingResult {
    /// A result assembled from segments (`Trainer.trainEpochs`), for reporting a run that was
    /// trained in pieces.
    public init(
        status: TrainingStatus, divergence: Divergence?, steps: [StepRecord], epochs: [EpochRecord],
        monitor: MonitoredMetric, test: Evaluation?, scheduleTrace: ScheduleTrace = ScheduleTrace()
    ) {
        self.init(monitor: monitor, scheduleTrace: scheduleTrace)
        self.status = status
        self.divergence = divergence
        self.steps = steps
        self.epochs = epochs
        finalTrainLoss = epochs.last?.trainLoss
        self.test = test
    }
}
