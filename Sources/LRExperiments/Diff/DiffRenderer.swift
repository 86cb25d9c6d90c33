/// Renders bundle diffs in each `DiffFormat`; only what changed unless `options.all`.
public enum DiffRenderer {
    public static func render(_ diffs: [BundleDiff], format: DiffFormat, options: DiffOptions) -> String {
        let visible = diffs.map { visibleParts($0, options) }
        switch format {
        case .text: return DiffText.render(visible, options: options)
        case .markdown: return DiffMarkdown.render(visible, options: options)
        case .json: return DiffJSON.render(visible, options: options).pretty() + "\n"
        }
    }

    /// `diff` reduced to what is shown: changed values only, unless `--all`.
    static func visibleParts(_ diff: BundleDiff, _ options: DiffOptions) -> BundleDiff {
        guard !options.all else { return diff }
        var out = diff
        out.config = diff.config.filter(\.changed)
        out.trials = diff.trials.filter { $0.state != .unchanged }.map { trial in
            var trial = trial
            trial.metrics = trial.metrics.filter(\.changed)
            trial.curves = trial.curves.filter(\.changed)
            return trial
        }
        out.seedTests = diff.seedTests.filter { !options.same($0.oldMean, $0.newMean) }
        return out
    }

    /// `ok → diverged`, or the one status when it did not change.
    static func status(_ trial: BundleDiff.TrialChange) -> String? {
        switch (trial.oldStatus, trial.newStatus) {
        case (let a?, let b?) where a != b: "\(a.rawValue) → \(b.rawValue)"
        default: nil
        }
    }

    /// Sentence on one seed test.
    static func noise(_ test: BundleDiff.SeedTest) -> String {
        test.significant ? "beyond seed noise" : "within seed noise"
    }

    /// `[low, high]` of the bootstrap interval of new − old, or `—`.
    static func interval(_ test: BundleDiff.SeedTest, _ digits: Int?) -> String {
        test.interval.map { "[\(DiffNumber.text($0.low, digits)), \(DiffNumber.text($0.high, digits))]" } ?? "—"
    }
}
