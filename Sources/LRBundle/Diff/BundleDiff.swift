import LRTrial

/// What changed between two versions of one bundle (either side may be missing).
public struct BundleDiff: Sendable, Equatable {
    /// Whether a side is present.
    public enum State: String, Sendable {
        case added, removed, changed, unchanged
    }

    /// One configuration value, by dotted path; nil where the path is absent.
    package struct ValueChange: Sendable, Equatable {
        package var path: String
        package var old: String?
        package var new: String?
        package var changed: Bool { old != new }
    }

    /// One final metric of a trial.
    package struct MetricChange: Sendable, Equatable {
        package var name: String
        package var old: Double?
        package var new: Double?
        /// Beyond tolerance.
        package var changed: Bool
        package var absolute: Double? {
            guard let old, let new else { return nil }
            return new - old
        }
        /// Relative to |old|; nil when old is 0 or missing.
        package var relative: Double? {
            guard let old, let new, old != 0 else { return nil }
            return (new - old) / abs(old)
        }
    }

    /// One curve column of a trial.
    package struct CurveChange: Sendable, Equatable {
        package var column: String
        /// The `step` value (or row number) of the first row that differs beyond tolerance.
        package var firstStep: Int?
        /// The largest |old − new| over rows where both are finite.
        package var maxAbsolute: Double?
        package var oldRows: Int?
        package var newRows: Int?
        package var changed: Bool { firstStep != nil }
    }

    /// One trial, matched by id.
    package struct TrialChange: Sendable, Equatable {
        package var id: String
        package var configuration: String
        package var seed: Int
        package var state: State
        package var oldStatus: TrialOutcome.Status?
        package var newStatus: TrialOutcome.Status?
        package var metrics: [MetricChange]
        package var curves: [CurveChange]
        /// ok/stopped → diverged/failed.
        package var statusWorse: Bool {
            guard let o = oldStatus, let n = newStatus else { return false }
            return BundleDiff.isGood(o) && !BundleDiff.isGood(n)
        }
    }

    /// `results/<name>` relative to where the command ran.
    public var path: String
    /// Where each side came from, e.g. `HEAD:results/x` or `results/x`; nil when missing.
    public var oldSource: String?
    /// Where the new side came from; nil when missing.
    public var newSource: String?
    /// The metric the sweep ranks by (`val_loss`, `best_val_accuracy`, …).
    public var objective: String
    package var maximize: Bool
    package var config: [ValueChange]
    package var trials: [TrialChange]
    /// Every configuration of either side, paired across the sides where possible.
    package var configurations: [ConfigurationChange]
    /// The best objective, old against new; nil when neither side has a best.
    package var verdict: DiffVerdict?
    /// The objective moved the wrong way beyond tolerance in some trial.
    package var objectiveRegressed: Bool
    /// Files (as `bundle.json` lists them; `provenance.json` is never compared) whose bytes
    /// differ between the two sides, or that only one side has. Tolerances never hide these:
    /// a summary edited by hand differs here even when its numbers look close.
    public var differingFiles: [String] = []
    /// Data sets whose prepared parts differ between the sides (by SHA-256, `bundle.json`'s
    /// `data`), or that only one side trained on: the numbers moved because the data did.
    package var dataChanges: [ValueChange] = []

    /// The best objective got worse beyond tolerance (whether or not beyond seed noise, which
    /// `verdict` tells): when configurations are renamed, no trial pairs up to show it.
    package var bestRegressed: Bool {
        guard let verdict, let old = verdict.old?.value, let new = verdict.new?.value, verdict.outcome != .unchanged else {
            return false
        }
        return maximize ? new < old : new > old
    }

    /// The objective moved the wrong way beyond tolerance in some trial or in the best, or a
    /// status got worse.
    public var regression: Bool { objectiveRegressed || bestRegressed || trials.contains(where: \.statusWorse) }

    /// Added, removed, changed or unchanged, as a whole.
    public var state: State {
        if oldSource == nil { return .added }
        if newSource == nil { return .removed }
        let any = config.contains(where: \.changed) || trials.contains { $0.state != .unchanged }
            || !differingFiles.isEmpty || !dataChanges.isEmpty
        return any ? .changed : .unchanged
    }

    package static func isGood(_ status: TrialOutcome.Status) -> Bool { status == .ok || status == .stopped }
}
