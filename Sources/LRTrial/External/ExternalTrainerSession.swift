import Foundation
import LRConfig
#if canImport(Glibc)
import Glibc
#endif
import LREngine

/// Runs one trial on an external trainer over `lrlab.trainer/1` (docs/trainer-protocol.md):
/// hands it the rates `schedule` gives (the same schedule object the built-in trainer ticks,
/// ticked by the engine's `ScheduleClock`: after each update observing its loss, or after
/// each epoch observing the epoch's mean training loss and the monitored metric; an epoch
/// whose `val_loss` is not finite has diverged, as for built-in models), records what it
/// reports, and asks `afterEpoch` (early stopping, halving, pbt) what to answer after each
/// epoch. Never throws: a broken trainer is a `failed` report with the reason and the log's tail.
enum ExternalTrainerSession {
    static func run(
        _ request: ExternalTrainerRequest, schedule: inout any LRSchedule,
        afterEpoch: (_ epoch: Int, _ metrics: [(name: String, value: Double)]) -> ExternalEpochDecision = { _, _ in .proceed },
        saved: (_ path: String) -> Void = { _ in }
    ) -> ExternalTrainerReport {
        var report = ExternalTrainerReport()
        let process: TrainerProcess
        do {
            process = try TrainerProcess(
                command: request.command, directory: request.directory,
                environment: [
                    "LRLAB_CHANNEL_IN": "3", "LRLAB_CHANNEL_OUT": "4",
                    "LRLAB_PROTOCOL": TrainerLimits.protocolName, "LRLAB_SCRATCH": request.scratch,
                ])
        } catch {
            report.status = .failed
            report.reason = error.message
            return report
        }
        var channel = TrainerChannel(process: process, timeoutSeconds: request.timeoutSeconds)
        var failure: String?
        do {
            try converse(request, channel: &channel, schedule: &schedule, report: &report, afterEpoch: afterEpoch, saved: saved)
        } catch {
            failure = error.message
        }
        if failure == nil || failure == closedEarly {
            // After `bye`, or when the channel closed, how the process ended says why (exit 1,
            // a signal); one that does not exit before the deadline is killed.
            if let ended = waitUntilDeadline(process, deadline: channel.deadline) { failure = ended }
        } else {
            process.killGroup()
            _ = process.wait()
        }
        channel.drainLog()
        report.log = channel.logText.text
        report.logTail = channel.logText.tail
        if let failure {
            report.status = .failed
            report.reason = failure
        }
        return report
    }

    /// Waits for the process until `deadline` (then kills its group); the reason it failed, nil
    /// for exit 0.
    private static func waitUntilDeadline(_ process: TrainerProcess, deadline: Double) -> String? {
        while TrainerChannel.now() < deadline {
            var status: Int32 = 0
            let done = waitpid(process.pid, &status, WNOHANG)
            if done == process.pid {
                process.reaped(status: status)
                return Self.describe(status)
            }
            if done < 0 { return process.wait() }
            usleep(2_000)
        }
        process.killGroup()
        _ = process.wait()
        return "trainer: timed out"
    }

    private static func describe(_ status: Int32) -> String? {
        let signal = status & 0x7f
        if signal != 0 { return "trainer: killed by signal \(signal)" }
        let code = (status >> 8) & 0xff
        return code == 0 ? nil : "trainer: exit \(code)"
    }

    private static func converse(
        _ request: ExternalTrainerRequest, channel: inout TrainerChannel, schedule: inout any LRSchedule,
        report: inout ExternalTrainerReport,
        afterEpoch: (Int, [(name: String, value: Double)]) -> ExternalEpochDecision, saved: (String) -> Void
    ) throws(TrialError) {
        let hello = try expectMessage(&channel)
        guard hello["type"] as? String == "hello" else { throw unexpected(hello, expected: "hello") }
        guard hello["protocol"] as? String == TrainerLimits.protocolName else {
            throw TrialError("trainer: speaks \(String(describing: hello["protocol"] ?? "nothing")), lrlab \(TrainerLimits.protocolName)")
        }
        let streams = request.streams.map { "\(JSONValue.quote($0.name)):\($0.seed)" }.joined(separator: ",")
        try channel.send(
            "{\"type\":\"trial\",\"protocol\":\(JSONValue.quote(TrainerLimits.protocolName))"
            + ",\"trial_id\":\(JSONValue.quote(request.trialID)),\"seed\":\(request.seed)"
            + ",\"streams\":{\(streams)},\"config\":\(request.configJSON)"
            + ",\"scratch\":\(JSONValue.quote(request.scratch)),\"epochs\":\(request.epochs)"
            + ",\(TrainerMessage.rateFields(rates(schedule, request), momentum: schedule.momentum))}")
        var epochLosses: [Double] = []
        var stopping = false
        while true {
            let message = try expectMessage(&channel)
            let type = message["type"] as? String ?? ""
            if stopping {
                guard type == "bye" else { throw unexpected(message, expected: "bye") }
                return
            }
            switch type {
            case "update":
                let loss = try number(message, "train_loss", nullable: true) ?? .nan
                let norm = try number(message, "grad_norm", nullable: true)
                guard report.steps.count < request.maxUpdates else {
                    throw TrialError("trainer: more than \(request.maxUpdates) updates")
                }
                report.steps.append(ExternalStep(
                    scheduled: schedule.lr, lr: rates(schedule, request), momentum: schedule.momentum,
                    trainLoss: loss, gradNorm: norm))
                let tooLarge = request.lossAbove.map { loss > $0 } ?? false
                if !loss.isFinite || norm.map({ !$0.isFinite }) == true || tooLarge {
                    report.status = .diverged
                    report.reason = !loss.isFinite ? "training loss not finite"
                        : tooLarge ? "training loss \(loss) above \(request.lossAbove ?? 0)" : "gradient norm not finite"
                    try channel.send(TrainerMessage.stop("diverged: \(report.reason ?? "")"))
                    stopping = true
                    continue
                }
                epochLosses.append(loss)
                if let observation = request.clock.observation(afterUpdateLoss: loss) {
                    schedule.advance(after: observation)
                }
                try channel.send(TrainerMessage.rates(rates(schedule, request), momentum: schedule.momentum))
            case "epoch":
                let metrics = try metricList(message)
                let updates = report.steps.count - (report.epochEnds.last ?? 0)
                if updates == 0 { throw TrialError("trainer: epoch \(report.epochs.count + 1) reported no updates") }
                if let expected = request.stepsPerEpoch, updates != expected {
                    throw TrialError("trainer: epoch \(report.epochs.count + 1) had \(updates) updates; trainer.steps_per_epoch says \(expected)")
                }
                report.epochs.append(metrics)
                report.epochEnds.append(report.steps.count)
                var names = Set(report.knownMetricNames)
                names.formUnion(metrics.map(\.name))
                guard names.count <= request.maxMetricNames else {
                    throw TrialError("trainer: more than \(request.maxMetricNames) metric names")
                }
                report.knownMetricNames = names.sorted()
                let epoch = report.epochs.count
                let mean = epochLosses.reduce(0, +) / Double(epochLosses.count)
                epochLosses = []
                // As for built-in models, a non-finite validation loss is divergence.
                if let loss = metrics.first(where: { $0.name == "val_loss" })?.value, !loss.isFinite {
                    report.status = .diverged
                    report.reason = "validation loss not finite"
                    try channel.send(TrainerMessage.stop("diverged: \(report.reason ?? "")"))
                    stopping = true
                    continue
                }
                if case .everyEpoch(let monitor) = request.clock,
                    let observation = request.clock.observation(
                        afterEpochLoss: mean, monitored: metrics.first { $0.name == monitor.rawValue }?.value)
                {
                    schedule.advance(after: observation)
                }
                // What lrlab measured itself joins what the trainer reported (early stopping
                // and searches may watch `train_loss`, a name trainers may not report).
                let watched = metrics + [("train_loss", mean)]
                stopping = try answerEpoch(
                    afterEpoch(epoch, watched), finished: epoch >= request.epochs,
                    schedule: schedule, request: request, channel: &channel, report: &report, saved: saved)
            default:
                throw unexpected(message, expected: "update or epoch")
            }
        }
    }

    /// Answers an epoch (following save/load requests through); true when it said stop.
    private static func answerEpoch(
        _ decision: ExternalEpochDecision, finished: Bool, schedule: any LRSchedule,
        request: ExternalTrainerRequest, channel: inout TrainerChannel, report: inout ExternalTrainerReport,
        saved: (String) -> Void
    ) throws(TrialError) -> Bool {
        switch decision {
        case .stop(let reason):
            report.status = .stopped
            report.reason = reason
            try channel.send(TrainerMessage.stop(reason))
            return true
        case .save(let path), .load(let path):
            let isSave = decision == .save(path)
            try channel.send(TrainerMessage.checkpoint(isSave ? "save" : "load", path: path))
            let answer = try expectMessage(&channel)
            guard answer["type"] as? String == (isSave ? "saved" : "loaded") else {
                throw unexpected(answer, expected: isSave ? "saved" : "loaded")
            }
            if isSave { saved(path) }
            return try answerEpoch(.proceed, finished: finished, schedule: schedule, request: request,
                                   channel: &channel, report: &report, saved: saved)
        case .proceed:
            if finished {
                try channel.send(TrainerMessage.stop("finished"))
                return true
            }
            try channel.send(TrainerMessage.rates(rates(schedule, request), momentum: schedule.momentum))
            return false
        }
    }

    private static func rates(_ schedule: any LRSchedule, _ request: ExternalTrainerRequest) -> [Double] {
        request.groupScales.map { schedule.lr * $0 }
    }

    static let closedEarly = "trainer: closed the channel before the trial ended"

    private static func expectMessage(_ channel: inout TrainerChannel) throws(TrialError) -> [String: Any] {
        guard let message = try channel.receive() else {
            throw TrialError(closedEarly)
        }
        return message
    }

    private static func unexpected(_ message: [String: Any], expected: String) -> TrialError {
        TrialError("trainer: expected '\(expected)', got '\(message["type"] as? String ?? "")'")
    }

    private static func number(_ message: [String: Any], _ key: String, nullable: Bool) throws(TrialError) -> Double? {
        guard let value = message[key], !(value is NSNull) else { return nil }
        // JSON true/false parse as NSNumbers whose type is char; 1 and 1.0 are numbers.
        guard let boxed = value as? NSNumber, String(cString: boxed.objCType) != "c" else {
            throw TrialError("trainer: '\(key)' must be a number or null")
        }
        guard let number = value as? Double else {
            throw TrialError("trainer: '\(key)' must be a number or null")
        }
        return number
    }

    private static func metricList(_ message: [String: Any]) throws(TrialError) -> [(name: String, value: Double)] {
        guard let metrics = message["metrics"] as? [String: Any] else {
            throw TrialError("trainer: 'epoch' needs an object 'metrics'")
        }
        var list: [(name: String, value: Double)] = []
        for name in metrics.keys.sorted() {
            if let problem = metricNameProblem(name) { throw TrialError("trainer: metric \(problem)") }
            list.append((name, try number(metrics, name, nullable: true) ?? .nan))
        }
        return list
    }

    /// Names lrlab records itself, which a trainer's metric may not take.
    static let reservedMetricNames: Set<String> = ["step", "epoch", "lr", "momentum", "train_loss", "grad_norm"]

    /// Why a reported metric name cannot be a curve column and a metric of the bundle: it must
    /// be 1–64 characters of `a-z A-Z 0-9 _ . -`, not one lrlab records itself, not `best_…`.
    static func metricNameProblem(_ name: String) -> String? {
        let allowed = name.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a)
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
        }
        let shown = TerminalText.visible(String(name.prefix(64)))
        guard !name.isEmpty, name.utf8.count <= 64, allowed else {
            return "name '\(shown)' must be 1-64 characters of letters, digits, '_', '.' and '-'"
        }
        if reservedMetricNames.contains(name) || name.hasPrefix("best_") {
            return "name '\(name)' is one lrlab records itself"
        }
        return nil
    }
}
