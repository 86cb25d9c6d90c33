import Foundation
import LRConfig
import LRTrial
import LRBundle
import LRRun

/// The lines `lrlab run` prints: one per finished trial, the progress bar, the summary.
enum RunText {
    /// `[3/12] trial 1a2b3c4d5e6f ok val_loss=0.123 (1.2s)`; `(cached)` for a cached trial;
    /// the message for a diverged or failed one.
    static func logLine(
        done: Int, total: Int, trial: TrialSpec, outcome: TrialOutcome, cached: Bool, seconds: Double
    ) -> String {
        var line = "[\(done)/\(total)] trial \(trial.id) \(outcome.status.rawValue)"
        if let (name, value) = headline(outcome) { line += " \(name)=\(number(value))" }
        if let message = outcome.message, outcome.status != .ok { line += ": \(message)" }
        line += cached ? " (cached)" : " (\(duration(seconds)))"
        return line
    }

    /// The metric a log line shows: `val_loss`, else `train_loss`.
    static func headline(_ outcome: TrialOutcome) -> (String, Double)? {
        for name in ["val_loss", "train_loss"] {
            if let value = outcome.final.first(where: { $0.name == name })?.value { return (name, value) }
        }
        return nil
    }

    /// A one-line progress bar, e.g. `[######------] 6/12 trials · 2 running · a1b2c3 epoch 4/20 · ETA 0:42`.
    static func progressBar(
        done: Int, total: Int, running: Int, current: (id: String, progress: TrialProgress)?, eta: Double?,
        width: Int = 24
    ) -> String {
        let filled = total == 0 ? width : min(width, done * width / total)
        var line = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        line += " \(done)/\(total) trials"
        if running > 0 { line += " · \(running) running" }
        if let current {
            line += " · \(current.id.prefix(8)) \(current.progress.unit) \(current.progress.done)/\(current.progress.total)"
        }
        if let eta { line += " · ETA \(clock(eta))" }
        return line
    }

    /// What `lrlab run` prints on stdout for one written bundle; the last line is `bundle: DIR`.
    static func summary(_ result: RunResult, metrics: BundleMetrics, directory: String, execution: ExecutionReport) -> String {
        var out = ""
        let total = result.trials.count
        var counts = TrialOutcome.Status.allCases.map { status in (status, result.trials.count { $0.outcome.status == status }) }
        counts.removeAll { $0.1 == 0 }
        out += "\(result.experiment.name): \(total) \(total == 1 ? "trial" : "trials") "
            + "(\(execution.trained) trained, \(execution.cached) cached): "
            + counts.map { "\($0.1) \($0.0.rawValue)" }.joined(separator: ", ") + "\n"
        for trial in result.trials where trial.outcome.status == .failed {
            out += "failed: trial \(trial.spec.id): \(trial.outcome.message ?? "no message")\n"
        }
        if let best = metrics.best, let configuration = metrics.configurations.first(where: { $0.id == best.configuration }) {
            let label = configuration.parameters.isEmpty ? "configuration" : metrics.configurationLabels[configuration.id] ?? configuration.id
            var line = "best: \(label) (\(best.configuration)) "
                + "\(metrics.objective.metric) \(number(best.value))"
            if let summary = configuration.metrics.first(where: { $0.name == metrics.objective.metric }), let std = summary.std {
                line += " ± \(number(std)) (n=\(summary.n))"
            }
            out += line + "\n"
        } else {
            out += "best: none (\(metrics.objective.note ?? "no finished trial"))\n"
        }
        if let note = metrics.objective.note, metrics.best != nil { out += "note: \(note)\n" }
        out += "bundle: \(directory)\n"
        return out
    }

    /// A parameter value as a person writes it and the report shows it: numbers shortest,
    /// strings bare, lists and mappings in YAML flow style (`{kind: sgd, lr: 0.1}`).
    static func parameterText(_ value: JSONValue) -> String {
        switch value {
        case .string(let s): s
        case .number(let d): d.description
        case .array(let items): "[" + items.map(parameterText).joined(separator: ", ") + "]"
        case .object(let members): "{" + members.map { "\($0.0): \(parameterText($0.1))" }.joined(separator: ", ") + "}"
        default: value.compact()
        }
    }

    /// Four significant digits (`0.1235`, `1.235e-05`); `nan`, `inf`.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return value.description }
        return String(format: "%.4g", value)
    }

    /// `0.4s`, `12s`, `3m05s`.
    static func duration(_ seconds: Double) -> String {
        if seconds < 10 { return String(format: "%.1fs", seconds) }
        if seconds < 60 { return "\(Int(seconds.rounded()))s" }
        let whole = Int(seconds.rounded())
        return "\(whole / 60)m" + String(format: "%02ds", whole % 60)
    }

    /// `0:42`, `12:05`, `1:02:03`.
    static func clock(_ seconds: Double) -> String {
        let whole = max(0, Int(seconds.rounded()))
        let (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60)
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
