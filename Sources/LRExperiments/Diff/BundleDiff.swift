/// What changed between two versions of one bundle (either side may be missing).
public struct BundleDiff: Sendable, Equatable {
    /// Whether a side is present.
    public enum State: String, Sendable {
        case added, removed, changed, unchanged
    }

    /// One configuration value, by dotted path; nil where the path is absent.
    public struct ValueChange: Sendable, Equatable {
        public var path: String
        public var old: String?
        public var new: String?
        public var changed: Bool { old != new }
    }

    /// One final metric of a trial.
    public struct MetricChange: Sendable, Equatable {
        public var name: String
        public var old: Double?
        public var new: Double?
        /// Beyond tolerance.
        public var changed: Bool
        public var absolute: Double? {
            guard let old, let new else { return nil }
            return new - old
        }
        /// Relative to |old|; nil when old is 0 or missing.
        public var relative: Double? {
            guard let old, let new, old != 0 else { return nil }
            return (new - old) / abs(old)
        }
    }

    /// One curve column of a trial.
    public struct CurveChange: Sendable, Equatable {
        public var column: String
        /// The `step` value (or row number) of the first row that differs beyond tolerance.
        public var firstStep: Int?
        /// The largest |old − new| over rows where both are finite.
        public var maxAbsolute: Double?
        public var oldRows: Int?
        public var newRows: Int?
        public var changed: Bool { firstStep != nil }
    }

    /// One trial, matched by id.
    public struct TrialChange: Sendable, Equatable {
        public var id: String
        public var configuration: String
        public var seed: Int
        public var state: State
        public var oldStatus: TrialOutcome.Status?
        public var newStatus: TrialOutcome.Status?
        public var metrics: [MetricChange]
        public var curves: [CurveChange]
        /// ok/stopped → diverged/failed.
        public var statusWorse: Bool {
            guard let o = oldStatus, let n = newStatus else { return false }
            return BundleDiff.isGood(o) && !BundleDiff.isGood(n)
        }
    }

    /// `results/<name>` relative to where the command ran.
    public var path: String
    /// Where each side came from, e.g. `HEAD:results/x` or `results/x`; nil when missing.
    public var oldSource: String?
    public var newSource: String?
    public var objective: String
    public var maximize: Bool
    public var config: [ValueChange]
    public var trials: [TrialChange]
    /// Every configuration of either side, paired across the sides where possible.
    public var configurations: [ConfigurationChange]
    /// The best objective, old against new; nil when neither side has a best.
    public var verdict: DiffVerdict?
    /// The objective moved the wrong way beyond tolerance in some trial.
    public var objectiveRegressed: Bool
    /// Files (as `bundle.json` lists them; `provenance.json` is never compared) whose bytes
    /// differ between the two sides, or that only one side has. Tolerances never hide these:
    /// a summary edited by hand differs here even when its numbers look close.
    public var differingFiles: [String] = []
    /// Data sets whose prepared parts differ between the sides (by SHA-256, `bundle.json`'s
    /// `data`), or that only one side trained on: the numbers moved because the data did.
    public var dataChanges: [ValueChange] = []

    /// The best objective got worse beyond tolerance (whether or not beyond seed noise, which
    /// `verdict` tells): when configurations are renamed, no trial pairs up to show it.
    public var bestRegressed: Bool {
        guard let verdict, let old = verdict.old?.value, let new = verdict.new?.value, verdict.outcome != .unchanged else {
            return false
        }
        return maximize ? new < old : new > old
    }

    /// The objective moved the wrong way beyond tolerance in some trial or in the best, or a
    /// status got worse.
    public var regression: Bool { objectiveRegressed || bestRegressed || trials.contains(where: \.statusWorse) }

    public var state: State {
        if oldSource == nil { return .added }
        if newSource == nil { return .removed }
        let any = config.contains(where: \.changed) || trials.contains { $0.state != .unchanged }
            || !differingFiles.isEmpty || !dataChanges.isEmpty
        return any ? .changed : .unchanged
    }

    static func isGood(_ status: TrialOutcome.Status) -> Bool { status == .ok || status == .stopped }
}
