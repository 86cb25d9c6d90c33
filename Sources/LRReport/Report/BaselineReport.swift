/// What the report says about `sweep.objective.baseline`: which configurations beat it, which
/// lose to it and which cannot be told apart from it, each decided on the Holm-adjusted test.
package enum BaselineReport {
    /// E.g. "2 of 5 configurations beat `sgd` beyond seed noise (`adam`, `rmsprop`); 1 is worse
    /// (`adagrad`); 2 are within seed noise." Nil without a baseline.
    package static func sentence(_ summary: RunSummary, _ labels: ReportLabels) -> String? {
        guard let baseline = summary.baseline else { return nil }
        let name = ReportSentences.code(labels.configuration(baseline))
        guard summary.configurations[baseline].objective.mean != nil else {
            return "the baseline \(name) has no finished trial with a `\(summary.objective.metric)`, so nothing is compared with it."
        }
        let comparisons = summary.againstBaseline
        guard !comparisons.isEmpty else { return "the baseline \(name) is the only configuration with a finished trial." }
        var better: [String] = []
        var worse: [String] = []
        var untested = 0
        let baselineMean = summary.configurations[baseline].objective.mean
        for c in comparisons {
            let label = ReportSentences.code(labels.configuration(c.configuration))
            guard c.test != nil else { untested += 1; continue }
            guard c.significant, let mean = summary.configurations[c.configuration].objective.mean, let baselineMean
            else { continue }
            if summary.objective.isBetter(mean, than: baselineMean) { better.append(label) } else { worse.append(label) }
        }
        let within = comparisons.count - better.count - worse.count - untested
        var parts = ["\(better.count) of \(comparisons.count) \(configurations(comparisons.count)) beat \(name) beyond seed noise"
            + (better.isEmpty ? "" : " (\(better.joined(separator: ", ")))")]
        parts.append("\(worse.count) \(worse.count == 1 ? "is" : "are") worse" + (worse.isEmpty ? "" : " (\(worse.joined(separator: ", ")))"))
        parts.append("\(within) \(within == 1 ? "is" : "are") within seed noise of it")
        if untested > 0 { parts.append("\(untested) could not be tested (fewer than 2 seeds)") }
        return parts.joined(separator: "; ") + "."
    }

    /// The paragraph above the table.
    package static func introduction(_ summary: RunSummary, _ labels: ReportLabels, baseline: Int) -> String {
        let count = summary.againstBaseline.count
        return "Each configuration against the baseline \(ReportSentences.code(labels.configuration(baseline))) over its seeds "
            + "(a t-test paired by seed when both ran the same seeds, else Welch's), with Holm's correction for the "
            + "\(count) \(count == 1 ? "comparison" : "comparisons"): a gap is beyond seed noise when the adjusted p is "
            + "below \(ReportNumbers.value(SeedComparison.alpha)). Δ is the configuration's mean minus the baseline's."
    }

    package static func configurations(_ n: Int) -> String { n == 1 ? "configuration" : "configurations" }
}
