import Foundation

/// The report's two conclusions in words: which configuration is best, and whether that
/// holds beyond seed noise.
enum ReportSentences {
    /// E.g. "Best: `lr=0.01` with mean val_loss 0.1234 ± 0.0045 over 3 seeds (lower is better)."
    static func best(_ summary: RunSummary, _ labels: ReportLabels) -> String {
        let metric = summary.objective.metric
        guard let index = summary.best else {
            return "No configuration has a finished trial with a `\(metric)`, so there is no best configuration."
        }
        let stats = summary.configurations[index].objective
        let direction = summary.objective.maximize ? "higher is better" : "lower is better"
        let subject =
            summary.configurations.count == 1
            ? "The only configuration"
            : "The best configuration is \(code(labels.configuration(index))), which"
        return "\(subject) reaches a mean `\(metric)` of \(ReportNumbers.meanStd(stats)) "
            + "over \(seeds(stats.n)) (\(direction))."
    }

    /// Whether the best beats the runner-up by more than seed noise, phrased so a reader knows
    /// what to do next.
    static func seedNoise(_ summary: RunSummary, _ labels: ReportLabels) -> String {
        let metric = summary.objective.metric
        guard let comparison = summary.comparison else {
            if let index = summary.best {
                let stats = summary.configurations[index].objective
                let spread =
                    stats.std.map {
                        " Across its \(stats.n) seeds `\(metric)` has a sample standard deviation of "
                            + "\(ReportNumbers.value($0)): differences smaller than that are seed noise."
                    } ?? ""
                return "There is no second configuration with finished trials to compare it with." + spread
            }
            return "There is nothing to compare."
        }
        let best = summary.configurations[comparison.best].objective
        let other = summary.configurations[comparison.runnerUp].objective
        let a = "\(code(labels.configuration(comparison.best))) (\(ReportNumbers.meanStd(best)))"
        let b = "\(code(labels.configuration(comparison.runnerUp))) (\(ReportNumbers.meanStd(other)))"
        let over = best.n == other.n ? "\(seeds(best.n))" : "\(best.n) and \(seeds(other.n))"
        switch comparison.verdict {
        case .tested(let test, let significant):
            let stats =
                "Welch's t-test t = \(ReportNumbers.value(test.t)), df = \(ReportNumbers.value(test.df)), "
                + "p \(ReportNumbers.pValue(test.p))"
            if significant {
                return "\(a) beats the runner-up \(b) on `\(metric)` by more than seed noise over \(over) "
                    + "(\(stats) < \(ReportNumbers.value(SeedComparison.alpha)))."
            }
            return "\(a) and the runner-up \(b) are not distinguishable on `\(metric)` over \(over) "
                + "(\(stats) ≥ \(ReportNumbers.value(SeedComparison.alpha))); "
                + "treat them as equal or add seeds."
        case .notEnoughSeeds:
            return "\(a) leads the runner-up \(b) on `\(metric)`, but with \(over) "
                + "the gap cannot be told from seed noise: Welch's t-test needs at least 2 finished seeds "
                + "per configuration (add seeds with `sweep.seeds`)."
        }
    }

    /// Inline code; backticks inside become quotes so the span cannot end early.
    static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
    }

    static func seeds(_ n: Int) -> String { n == 1 ? "1 seed" : "\(n) seeds" }
}
