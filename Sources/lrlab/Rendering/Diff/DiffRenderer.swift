import LRBundle
import LRReport

/// Renders bundle diffs in each `DiffFormat`; only what changed unless `options.all`.
package enum DiffRenderer {
    package static func render(_ diffs: [BundleDiff], format: DiffFormat, options: DiffOptions) -> String {
        let visible = diffs.map { visibleParts($0, options) }
        switch format {
        case .text: return DiffText.render(visible, options: options)
        case .markdown: return DiffMarkdown.render(visible, options: options)
        case .json: return DiffJSON.render(visible, options: options).pretty() + "\n"
        }
    }

    /// `diff` reduced to what is shown: changed values only, unless `--all`.
    package static func visibleParts(_ diff: BundleDiff, _ options: DiffOptions) -> BundleDiff {
        guard !options.all else { return diff }
        var out = diff
        out.config = diff.config.filter(\.changed)
        out.trials = diff.trials.filter { $0.state != .unchanged }.map { trial in
            var trial = trial
            trial.metrics = trial.metrics.filter(\.changed)
            trial.curves = trial.curves.filter(\.changed)
            return trial
        }
        out.configurations = diff.configurations.filter { $0.match != .same || $0.outcome != .unchanged }
        return out
    }

    /// `ok → diverged`, or the one status when it did not change.
    package static func status(_ trial: BundleDiff.TrialChange) -> String? {
        switch (trial.oldStatus, trial.newStatus) {
        case (let a?, let b?) where a != b: "\(a.rawValue) → \(b.rawValue)"
        default: nil
        }
    }

    /// The bundle's one-word answer: its verdict on the best objective, or its state.
    package static func headline(_ diff: BundleDiff) -> String {
        guard diff.state == .changed, let verdict = diff.verdict else { return diff.state.rawValue }
        return outcome(verdict.outcome, changed: true)
    }

    /// How an outcome reads; `changed` says whether anything else about the bundle changed.
    package static func outcome(_ outcome: ConfigurationChange.Outcome, changed: Bool = false) -> String {
        switch outcome {
        case .improved: "improved"
        case .regressed: "regressed"
        case .noChange: "no change beyond seed noise"
        case .untested: "changed (not tested: fewer than 2 seeds)"
        case .unchanged: changed ? "changed, best objective unchanged" : "unchanged"
        }
    }

    /// E.g. `best val_loss 0.085 (sgd-momentum) → 0.0912 (adam), Δ +0.0062 (+7.2%), paired
    /// t-test p = 0.003`.
    package static func verdictDetail(_ diff: BundleDiff, _ digits: Int?) -> String? {
        guard let verdict = diff.verdict else { return nil }
        func side(_ s: DiffVerdict.Side?) -> String {
            s.map { "\(DiffNumber.text($0.value, digits)) (\($0.label), n=\($0.n))" } ?? "none"
        }
        var text = "best \(diff.objective) \(side(verdict.old)) → \(side(verdict.new))"
        if let delta = verdict.delta, let old = verdict.old?.value {
            text += ", Δ \(DiffNumber.signed(delta, digits)) (\(DiffNumber.percent(old == 0 ? nil : delta / abs(old), digits)))"
        }
        if let test = verdict.test {
            text += ", \(test.method.name) p = \(DiffNumber.text(test.p, digits))"
        }
        return text
    }

    /// `lr 0.001 → 0.003, momentum 0 → 0.9`; empty for the same configuration.
    package static func changeText(_ change: ConfigurationChange) -> String {
        change.changes.map { "\($0.name) \($0.old ?? "(absent)") → \($0.new ?? "(absent)")" }.joined(separator: ", ")
    }

    /// What a configuration's change amounts to.
    package static func verdict(_ change: ConfigurationChange) -> String {
        switch change.match {
        case .added: "added"
        case .removed: "removed"
        default: outcome(change.outcome)
        }
    }

    /// `[low, high]` of the bootstrap interval of new − old, or `—`.
    package static func interval(_ interval: BootstrapInterval?, _ digits: Int?) -> String {
        interval.map { "[\(DiffNumber.text($0.low, digits)), \(DiffNumber.text($0.high, digits))]" } ?? "—"
    }
}
