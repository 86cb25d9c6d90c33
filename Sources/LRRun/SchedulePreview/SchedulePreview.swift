import LRConfig
import LREngine
import LRTrial

/// The learning rate (and cycled momentum) a schedule gives, without training.
///
/// The schedule is built exactly as a trial builds it — same defaults for lengths left out,
/// same warmup, same `schedule` stream (trial seed: the experiment's `seed`) — and read for
/// `steps` optimizer updates. With `interval: epoch` it ticks once per epoch's worth of updates
/// (the data is prepared to learn the steps per epoch; function models tick every update).
///
/// What it cannot show, since nothing trains:
/// - `plateau` sees no metric and no loss, so it never cuts the rate: the preview is flat.
/// - `annealing` sees no loss, so every proposal is judged unimprovable and rejected; the
///   preview shows each interval's proposal (drawn around the base rate) on trial for one
///   interval, i.e. the spread of the search, not a trained chain.
/// - `sgd_hd`/`adam_hd` learn the rate while training; the preview shows the scheduled rate
///   they start from.
package enum SchedulePreview {
    /// Rows `step` (updates from 1), `lr`, and `momentum` when the schedule cycles it.
    ///
    /// - Throws: `TrialError` when the schedule cannot be built for this run (e.g. a setting
    ///   the engine rejects) or its data cannot be prepared to learn the epoch length.
    package static func curve(for experiment: Experiment, steps: Int) throws(TrialError) -> CurveTable {
        try curve(for: experiment, steps: steps, trialSeed: experiment.seed)
    }

    /// The preview for `steps` updates, or the run's own length when `steps` is nil (see
    /// ``runLength(_:trainCount:)``); the `schedule` stream seeded with `trialSeed`.
    ///
    /// - Throws: `TrialError` as above, and when `steps` is nil and the run's length is unknown
    ///   or outside `1...maximumSteps`.
    package static func curve(for experiment: Experiment, steps: Int?, trialSeed: Int) throws(TrialError) -> CurveTable {
        let isFunction = !experiment.model.trainsOnData
        var trainCount = 0
        if !isFunction, let data = try TrialRunner.prepareData(for: experiment) {
            trainCount = data.split.train.count
        }
        var schedule = try TrialRunner.makeSchedule(experiment, trainCount: trainCount, trialSeed: trialSeed)
        let perTick = isFunction || experiment.schedule.interval == .step
            ? 1 : try updatesPerEpoch(experiment, trainCount: trainCount)
        let length: Int
        if let steps { length = steps } else { length = try runLength(experiment, trainCount: trainCount) }
        var values: [(lr: Double, momentum: Double?)] = []
        values.reserveCapacity(min(max(length, 0), 1 << 20))
        var step = 0
        while step < length {
            step += 1
            values.append((schedule.lr, schedule.momentum))
            if step % perTick == 0 { schedule.advance(after: ScheduleObservation()) }
        }
        let hasMomentum = values.contains { $0.momentum != nil }
        let columns = hasMomentum ? ["step", "lr", "momentum"] : ["step", "lr"]
        let rows: [[Double?]] = values.enumerated().map { index, value in
            hasMomentum ? [Double(index + 1), value.lr, value.momentum] : [Double(index + 1), value.lr]
        }
        return CurveTable(columns: columns, rows: rows)
    }
}

extension SchedulePreview {
    /// How `lrlab schedule` prints a preview.
    package enum Format: String, Sendable, CaseIterable {
        /// A header row, then one row per update; numbers in shortest round-trip form. A sweep
        /// is in long form: a first column `configuration` holds each row's label.
        case csv
        /// The rate against the update per configuration (`LinePlot`), and the momentum in a
        /// second panel when a configuration cycles it.
        case svg
        /// `lrlab.schedule/1`: each configuration's label, assignment, columns and rows.
        case json
    }

    /// `table` as CSV (the only format of a lone table).
    package static func render(_ table: CurveTable, format: Format) -> String {
        csv(table)
    }

    /// Comma-separated, header first, `\n` line ends, empty cells for nil; whole numbers
    /// without a fraction (`3`, not `3.0`).
    package static func csv(_ table: CurveTable) -> String {
        var text = table.columns.joined(separator: ",") + "\n"
        for row in table.rows {
            text += row.map { cell in cell.map(number) ?? "" }.joined(separator: ",") + "\n"
        }
        return text
    }

    package static func number(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }

    /// The most rows a preview prints.
    package static let maximumSteps = 10_000_000

    /// Updates per epoch: an external trainer's `trainer.steps_per_epoch`, else those of
    /// `trainCount` rows in batches of `train.batch_size`.
    static func updatesPerEpoch(_ experiment: Experiment, trainCount: Int) throws(TrialError) -> Int {
        guard let trainer = experiment.trainer else {
            return TrainingMapping.stepsPerEpoch(trainCount: trainCount, batchSize: experiment.train.batchSize)
        }
        guard let perEpoch = trainer.stepsPerEpoch else {
            throw TrialError(
                "the trainer's updates per epoch are unknown: set 'trainer.steps_per_epoch' or pass '--steps'",
                at: experiment.location(of: "trainer"))
        }
        return perEpoch
    }

    /// The updates a trial of `experiment` runs: `train.steps` (function models), or
    /// `train.epochs` × the updates per epoch of `trainCount` training rows in batches of
    /// `train.batch_size`, as `TrialRunner` trains them.
    ///
    /// - Throws: `TrialError` when the file sets neither, or the length is above
    ///   ``maximumSteps``.
    package static func runLength(_ experiment: Experiment, trainCount: Int) throws(TrialError) -> Int {
        let length: Int
        if !experiment.model.trainsOnData {
            guard let steps = experiment.train.steps else {
                throw TrialError("the file sets no 'train.steps'; pass '--steps'", at: experiment.location(of: "train"))
            }
            length = steps
        } else {
            guard let epochs = experiment.train.epochs else {
                throw TrialError("the file sets no 'train.epochs'; pass '--steps'", at: experiment.location(of: "train"))
            }
            let perEpoch = try updatesPerEpoch(experiment, trainCount: trainCount)
            let (product, overflow) = epochs.multipliedReportingOverflow(by: perEpoch)
            length = overflow ? Int.max : product
        }
        guard length >= 1, length <= maximumSteps else {
            let count = length == Int.max ? "more updates" : "\(length) updates"
            throw TrialError(
                "the run has \(count), more than the \(maximumSteps) a preview shows; pass '--steps'",
                at: experiment.location(of: "train"))
        }
        return length
    }
}
