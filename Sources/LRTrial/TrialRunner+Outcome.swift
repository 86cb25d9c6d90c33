import LRConfig
import LREngine

extension TrialRunner {
    /// The outcome of a finished training run (see `TrialRunner` for columns and metrics).
    package static func outcome(
        _ result: TrainingResult, isFunction: Bool, isClassification: Bool, extra: [TrainConfig.ExtraMetric] = []
    ) -> TrialOutcome {
        let status: TrialOutcome.Status = switch result.status {
        case .ok: .ok
        case .diverged: .diverged
        case .stopped: .stopped
        }
        let message = result.divergence.map { "diverged at step \($0.step): \($0.reason)" }
        return TrialOutcome(
            status: status, message: message,
            final: finalMetrics(result, isFunction: isFunction, extra: extra),
            best: bestMetrics(result, isFunction: isFunction),
            curve: curve(result, isFunction: isFunction, isClassification: isClassification),
            epochs: result.epochs.count,
            steps: result.steps.count - (result.divergence == nil ? 0 : 1))
    }

    package static func finalMetrics(
        _ result: TrainingResult, isFunction: Bool, extra: [TrainConfig.ExtraMetric] = []
    ) -> [TrialOutcome.Metric] {
        // With restored parameters, the final metrics are those of the epoch put back.
        let last = result.restoredEpoch ?? result.epochs.last
        let validation = isFunction ? nil : last?.valClassification
        var pairs: [(String, Double?)] = [
            ("train_loss", result.restoredEpoch?.trainLoss ?? result.finalTrainLoss),
            ("val_loss", isFunction ? nil : last?.valLoss),
            ("val_accuracy", isFunction ? nil : last?.valAccuracy),
        ]
        pairs += extra.map { ("val_\($0.rawValue)", validation.map($0.value)) }
        pairs += [("test_loss", result.test?.loss), ("test_accuracy", result.test?.accuracy)]
        pairs += extra.map { ("test_\($0.rawValue)", result.test?.classification.map($0.value)) }
        return pairs.compactMap { name, value in
            guard let value, value.isFinite else { return nil }
            return TrialOutcome.Metric(name, value)
        }
    }

    /// The class weights a trial's loss used, as `class_weight_<class>` (after the final
    /// metrics), so `balanced` weights computed from the data are on record and diffed.
    package static func classWeightMetrics(_ weights: [Double]) -> [TrialOutcome.Metric] {
        weights.enumerated().map { TrialOutcome.Metric("class_weight_\($0.offset)", $0.element) }
    }

    /// `epochs_to_<metric>_<value>`: the first of `epochs` whose `target.metric` reaches the
    /// value; nothing when none does (the trial has no value, so it cannot rank ahead).
    package static func targetMetrics(_ target: SweepConfig.Target, epochs: [EpochRecord]) -> [TrialOutcome.Metric] {
        guard let reached = epochs.first(where: { epoch in
            value(of: target.metric, in: epoch).map(target.isReached) ?? false
        }) else { return [] }
        return [.init(target.recordedName, Double(reached.epoch))]
    }

    /// The value of a metric measured after `epoch` (`train_loss`, `val_loss`, `val_accuracy`,
    /// `val_<name>` of `train.metrics`), nil when it was not measured.
    package static func value(of metric: String, in epoch: EpochRecord) -> Double? {
        switch metric {
        case "train_loss": return epoch.trainLoss
        case "val_loss": return epoch.valLoss
        case "val_accuracy": return epoch.valAccuracy
        default:
            guard metric.hasPrefix("val_"), let extra = TrainConfig.ExtraMetric(rawValue: String(metric.dropFirst(4))) else {
                return nil
            }
            return epoch.valClassification.map(extra.value)
        }
    }

    package static func bestMetrics(_ result: TrainingResult, isFunction: Bool) -> [TrialOutcome.Metric] {
        if isFunction {
            guard let best = result.bestStep, best.trainLoss.isFinite else { return [] }
            return [.init("best_train_loss", best.trainLoss), .init("best_step", Double(best.step))]
        }
        guard let best = result.bestEpoch, let value = best.value(of: result.monitor), value.isFinite else { return [] }
        return [.init("best_\(result.monitor.rawValue)", value), .init("best_epoch", Double(best.epoch))]
    }

    /// One row per update; validation values on each epoch's last row; a function model's
    /// coordinates (`x0`, `x1`, …) before the update; what the schedule recorded; the
    /// effective-step percentiles last.
    package static func curve(_ result: TrainingResult, isFunction: Bool, isClassification: Bool) -> CurveTable {
        let hasMomentum = result.steps.contains { $0.momentum != nil }
        var columns = ["step"]
        if !isFunction { columns.append("epoch") }
        columns.append("lr")
        if hasMomentum { columns.append("momentum") }
        columns += ["train_loss", "grad_norm"]
        if !isFunction {
            columns.append("val_loss")
            if isClassification { columns.append("val_accuracy") }
        }
        columns += coordinateColumns(result.path.dimension)
        columns += result.scheduleTrace.names
        let stepLayers = effectiveStepLayers(result.steps)
        columns += effectiveStepColumns(stepLayers)
        // Epoch records by the step that ended them (a linear merge: both are in step order).
        var epochs = result.epochs.makeIterator()
        var nextEpoch = epochs.next()
        var rows: [[Double?]] = []
        rows.reserveCapacity(result.steps.count)
        for (index, record) in result.steps.enumerated() {
            var row: [Double?] = [Double(record.step)]
            if !isFunction { row.append(Double(record.epoch)) }
            row.append(record.lr)
            if hasMomentum { row.append(record.momentum) }
            row += [record.trainLoss, record.gradNorm]
            if !isFunction {
                var validation: EpochRecord?
                while let epoch = nextEpoch, epoch.step <= record.step {
                    if epoch.step == record.step { validation = epoch }
                    nextEpoch = epochs.next()
                }
                row.append(validation?.valLoss)
                if isClassification { row.append(validation?.valAccuracy) }
            }
            if result.path.dimension > 0 {
                row += index < result.path.count
                    ? result.path[row: index].map { Optional($0) } : Array(repeating: nil, count: result.path.dimension)
            }
            row += result.scheduleTrace[row: index]
            row += effectiveStepCells(record, stepLayers)
            rows.append(row)
        }
        return CurveTable(columns: columns, rows: rows)
    }

    /// The curve columns of a function model's coordinates: `x0`, `x1`, … (the coordinates of
    /// its one tensor `x`, in order).
    package static func coordinateColumns(_ dimension: Int) -> [String] {
        (0..<max(dimension, 0)).map { "x\($0)" }
    }
}
