import Foundation
import LRConfig
import LREngine

/// A trial of `model.kind: external`: its trainer program trains, lrlab schedules.
///
/// The request carries the resolved experiment as JSON, the trial's seed and one seed per
/// random stream (`TrialStreams`: `data` shared by the sweep, the others per replicate), and
/// the schedule built exactly as for a built-in model. After each epoch, early stopping
/// (`train.early_stopping`, the engine's `EarlyStopper`) decides whether to stop.
///
/// The outcome's curve has one row per update: `step`, `epoch`, `lr` (before `param_groups`
/// scaling), `momentum` (when the schedule cycles it), `train_loss`, `grad_norm` (when the
/// trainer reports it), then every metric the trainer reported, on the last row of its epoch.
/// Final metrics: `train_loss` (mean over the last epoch's updates), then the last epoch's
/// reported metrics by name. Best: `best_<monitor>` and `best_epoch`, the monitor being the
/// plateau's, else early stopping's, else `val_loss` when reported, else `train_loss`.
package enum ExternalTrial {
    /// What a search asks of a trial after each epoch, beside early stopping (pbt's saves and loads).
    package typealias EpochRule = @Sendable (_ epoch: Int, _ metrics: [(name: String, value: Double)]) -> ExternalEpochDecision

    /// Most distinct metric names one trial may report (a curve column each).
    package static let maxMetricNames = 16
    /// The most columns an external trial's curve has: step, epoch, lr, momentum, train_loss,
    /// grad_norm and the reported metrics.
    package static let maxCurveColumns = 6 + maxMetricNames
    /// Most updates one trial may report: its curve stays within ``Limits/maxCurveCells``
    /// (so a trainer cannot make lrlab hold an unbounded curve).
    package static let maxUpdates = Limits.maxCurveCells / maxCurveColumns

    /// Runs `spec`'s trial. A search may replace the schedule (`schedule`), add its own
    /// after-epoch decisions (`epochRule`, asked before early stopping, which `stopsEarly`
    /// turns off) and learn when a checkpoint it asked for is on disk (`saved`).
    package static func run(
        _ spec: TrialSpec, progress: (TrialProgress) -> Void = { _ in }, schedule replaced: (any LRSchedule)? = nil,
        stopsEarly: Bool = true, epochRule: EpochRule? = nil, saved: (String) -> Void = { _ in }
    ) -> TrialOutcome {
        let experiment = spec.experiment
        guard let trainer = experiment.trainer else { return .failed("model 'external' needs a 'trainer:' section") }
        let epochs = experiment.train.epochs ?? 1
        var schedule: any LRSchedule
        if let replaced {
            schedule = replaced
        } else {
            do {
                schedule = try TrialRunner.makeSchedule(experiment, trainCount: 0, trialSeed: spec.seed)
            } catch {
                return .failed(error.description)
            }
        }
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-trainer-\(getpid())-\(UUID().uuidString)").path
        do {
            try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        } catch {
            return .failed("cannot create the trainer's scratch directory '\(scratch)': \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let request = ExternalTrainerRequest(
            command: trainer.command, directory: trainer.directory, scratch: scratch,
            timeoutSeconds: trainer.timeoutSeconds, trialID: spec.id, seed: spec.seed,
            streams: streams(spec), configJSON: experiment.document.json.compact(), epochs: epochs,
            groupScales: experiment.optimizer.paramGroups.isEmpty ? [1] : experiment.optimizer.paramGroups.map(\.lrScale),
            clock: ScheduleClock(
                interval: experiment.schedule.interval == .epoch ? .epoch : .step,
                monitor: MonitoredMetric(rawValue: monitor(experiment)) ?? .valLoss),
            stepsPerEpoch: trainer.stepsPerEpoch, lossAbove: experiment.train.divergenceLossAbove,
            maxMetricNames: maxMetricNames, maxUpdates: maxUpdates)
        var stopper = (stopsEarly ? experiment.train.earlyStopping : nil).map {
            EarlyStopper(EarlyStopping(metric: TrainingMapping.metric($0.metric), patience: $0.patience, minDelta: $0.minDelta))
        }
        let report = ExternalTrainerSession.run(request, schedule: &schedule) { epoch, metrics in
            progress(TrialProgress(done: epoch, total: epochs, unit: "epoch"))
            if let decision = epochRule?(epoch, metrics), decision != .proceed { return decision }
            guard var rule = stopper else { return .proceed }
            let name = rule.rule.metric.rawValue
            let value = metrics.first { $0.name == name }?.value ?? .nan
            defer { stopper = rule }
            return rule.shouldStop(after: value) && epoch < epochs ? .stop("early stopping") : .proceed
        } saved: { saved($0) }
        return outcome(report, experiment: experiment)
    }

    /// One seed per stream the trainer may draw from, below 2⁵³ so any JSON reader keeps it exact.
    static func streams(_ spec: TrialSpec) -> [(name: String, seed: UInt64)] {
        let shared = [TrialStreams.data]
        let perReplicate = [TrialStreams.initialization, TrialStreams.shuffle, "dropout"]
        return (shared + perReplicate).map { name in
            var stream = shared.contains(name)
                ? TrialStreams.shared(name, experiment: spec.experiment) : TrialStreams.trial(name, spec)
            return (name, stream.next() >> 11)
        }
    }

    /// The metric the best epoch is chosen by (see the type's documentation).
    static func monitor(_ experiment: Experiment) -> String {
        if let plateau = TrainingMapping.plateauMonitor(experiment.schedule) { return plateau.rawValue }
        if let stopping = experiment.train.earlyStopping { return stopping.metric.rawValue }
        return TrainConfig.Metric.valLoss.rawValue
    }

    /// The trial's outcome from what the trainer reported.
    static func outcome(_ report: ExternalTrainerReport, experiment: Experiment) -> TrialOutcome {
        var names: [String] = []
        for epoch in report.epochs { for metric in epoch where !names.contains(metric.name) { names.append(metric.name) } }
        names.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let hasMomentum = report.steps.contains { $0.momentum != nil }
        let hasNorm = report.steps.contains { $0.gradNorm != nil }
        var columns = ["step", "epoch", "lr"]
        if hasMomentum { columns.append("momentum") }
        columns.append("train_loss")
        if hasNorm { columns.append("grad_norm") }
        columns += names.filter { !columns.contains($0) }
        var curve = CurveTable(columns: columns)
        var epochMeans: [Double] = []
        var epochLosses: [Double] = []
        var epoch = 1
        var ends = report.epochEnds.makeIterator()
        var nextEnd = ends.next()
        for (index, step) in report.steps.enumerated() {
            var row: [String: Double?] = [
                "step": Double(index + 1), "epoch": Double(epoch), "lr": step.scheduled,
                "momentum": step.momentum, "train_loss": step.trainLoss, "grad_norm": step.gradNorm,
            ]
            epochLosses.append(step.trainLoss)
            if nextEnd == index + 1 {
                for metric in report.epochs[epoch - 1] where row[metric.name] == nil { row[metric.name] = metric.value }
                epochMeans.append(epochLosses.reduce(0, +) / Double(max(epochLosses.count, 1)))
                epochLosses = []
                epoch += 1
                nextEnd = ends.next()
            }
            curve.rows.append(columns.map { row[$0] ?? nil })
        }
        var final: [TrialOutcome.Metric] = []
        if let mean = epochMeans.last, mean.isFinite { final.append(.init("train_loss", mean)) }
        for metric in report.epochs.last ?? [] where metric.value.isFinite && metric.name != "train_loss" {
            final.append(.init(metric.name, metric.value))
        }
        let best = bestMetrics(report, epochMeans: epochMeans, monitor: monitor(experiment))
        let status: TrialOutcome.Status = switch report.status {
        case .ok: .ok
        case .stopped: .stopped
        case .diverged: .diverged
        case .failed: .failed
        }
        var message = report.reason
        if report.status == .failed, !report.logTail.isEmpty {
            message = (message ?? "trainer failed") + "\n" + report.logTail
        }
        var outcome = TrialOutcome(
            status: status, message: status == .ok ? nil : message, final: final, best: best, curve: curve,
            epochs: report.epochs.count, steps: report.steps.count)
        outcome.log = report.log
        return outcome
    }

    private static func bestMetrics(
        _ report: ExternalTrainerReport, epochMeans: [Double], monitor: String
    ) -> [TrialOutcome.Metric] {
        // Without a reported `val_loss`, the best epoch is the one of lowest training loss.
        let reportsMonitor = report.epochs.contains { $0.contains { $0.name == monitor } }
        let monitor = monitor == TrainConfig.Metric.valLoss.rawValue && !reportsMonitor ? "train_loss" : monitor
        let values: [Double] = report.epochs.enumerated().map { index, metrics in
            if monitor == "train_loss" { return index < epochMeans.count ? epochMeans[index] : .nan }
            return metrics.first { $0.name == monitor }?.value ?? .nan
        }
        let maximise = TrainConfig.isMaximised(monitor)
        var bestIndex: Int?
        for (index, value) in values.enumerated() where value.isFinite {
            guard let current = bestIndex else { bestIndex = index; continue }
            if maximise ? value > values[current] : value < values[current] { bestIndex = index }
        }
        guard let bestIndex else { return [] }
        return [.init("best_\(monitor)", values[bestIndex]), .init("best_epoch", Double(bestIndex + 1))]
    }
}
