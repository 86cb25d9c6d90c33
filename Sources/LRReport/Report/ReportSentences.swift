import Foundation
import LREngine
import LRTrial

/// The report's two conclusions in words: which configuration is best, and whether that
/// holds beyond seed noise.
package enum ReportSentences {
    /// E.g. "Best: `lr=0.01` with mean val_loss 0.1234 ± 0.0045 over 3 seeds (lower is better)."
    package static func best(_ summary: RunSummary, _ labels: ReportLabels) -> String {
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
        let scope = summary.budget.map {
            " Only configurations trained for the full \($0) epochs are ranked (successive halving's last rung)."
        } ?? ""
        return "\(subject) reaches a mean `\(metric)` of \(ReportNumbers.meanStd(stats)) "
            + "over \(seeds(stats.n)) (\(direction)).\(scope)"
    }

    /// E.g. "`iris`: 150 examples (…), 4 features, 3 classes, standardised. Training part
    /// by class: 0: 35 (33.33 %), …. Always predicting class 1 scores 0.3636 on the
    /// validation part." Named classes (text targets) are listed as `index = name`, and
    /// one-hot columns with the training part's categories.
    package static func data(_ d: DataDescription) -> String {
        var text = "`\(d.name)`: \(d.summary)."
        if !d.classNames.isEmpty {
            text += " Classes: " + d.classNames.enumerated().map { "\($0) = \(code($1))" }.joined(separator: ", ") + "."
        }
        if let counts = d.trainClassCounts {
            let total = max(counts.reduce(0, +), 1)
            text += " Training part by class: " + counts.enumerated().map { index, count in
                "\(index): \(count) (\(ReportNumbers.value(100 * Double(count) / Double(total))) %)"
            }.joined(separator: ", ") + "."
        }
        if let chance = d.chanceAccuracy {
            text += " Always predicting the most common class scores an accuracy of \(ReportNumbers.value(chance)) on the validation part."
        }
        for column in d.categories {
            text += " One-hot column \(code(column.column)), categories of the training part (others encode as zeros): "
                + column.categories.map(code).joined(separator: ", ") + "."
        }
        return text
    }

    /// A warning when no configuration's mean `val_accuracy` beats always predicting the most
    /// common class by more than 0.01: a report of such a run compares noise.
    package static func chanceWarning(_ summary: RunSummary, _ data: [DataDescription]) -> String? {
        let chances = data.compactMap(\.chanceAccuracy)
        guard chances.count == data.count, let chance = chances.max() else { return nil }
        let means = summary.configurations.compactMap { $0.metric("val_accuracy")?.mean }
        guard !means.isEmpty, means.count == summary.configurations.count, means.allSatisfy({ $0 <= chance + 0.01 })
        else { return nil }
        return "no configuration's mean `val_accuracy` beats always predicting the most common class "
            + "(\(ReportNumbers.value(chance))) by more than 0.01: nothing has been learned yet, so the comparison "
            + "above is between models at chance level."
    }

    /// A setting the sweep does not vary but that differs between configurations: momentum
    /// cycled by the schedule (`cyclic` and `one_cycle` do it by default, as PyTorch's
    /// `cycle_momentum`) in some configurations and not in others. Read from the curves, so it
    /// names what training did.
    package static func momentumConfound(_ result: RunResult, _ summary: RunSummary, _ labels: ReportLabels) -> String? {
        let swept = summary.configurations.first?.parameters.map(\.path) ?? []
        guard !swept.contains(where: { $0.hasSuffix("momentum") || $0.hasSuffix("betas") }) else { return nil }
        let ranges: [(Double, Double)?] = summary.configurations.map { configuration in
            guard let trial = result.trials.first(where: { $0.spec.configurationID == configuration.id }),
                let values = trial.outcome.curve.column("momentum")?.compactMap({ $0 }).filter(\.isFinite),
                let low = values.min(), let high = values.max(), low < high
            else { return nil }
            return (low, high)
        }
        let cycling = ranges.indices.filter { ranges[$0] != nil }
        guard !cycling.isEmpty, cycling.count < ranges.count else { return nil }
        let named = cycling.map { index -> String in
            let (low, high) = ranges[index] ?? (0, 0)
            return "\(code(labels.configuration(index))) (\(ReportNumbers.value(low))–\(ReportNumbers.value(high)))"
        }
        return "only " + named.joined(separator: ", ") + " cycle momentum as they train, which the sweep does not vary; "
            + "the other configurations keep the optimizer's own momentum, so their gap mixes the schedule with the "
            + "momentum. Set `cycle_momentum: false` on the cycling schedules, or give every configuration the same momentum."
    }

    /// How to read the interval and signed-rank columns of "Against the best", and what the
    /// seed count allows the signed-rank test to show.
    package static func smallSampleNote(_ summary: RunSummary) -> String? {
        guard let best = summary.best else { return nil }
        var note = "The interval is a 95 % percentile bootstrap of Δ over seeds (10,000 resamples; seed pairs "
            + "are kept together when both ran the same seeds). With fewer than about 10 seeds it is narrower than "
            + "the truth, so the verdict follows the Holm-adjusted test, not the interval."
        guard summary.againstBest.contains(where: { $0.test?.signedRank != nil }) else { return note }
        note += " The signed-rank p is Wilcoxon's test of the same seed pairs, which assumes nothing about the "
            + "shape of the seed noise."
        let seeds = summary.configurations[best].objectiveBySeed.count
        let smallest = 2 / Elementary.pow(2, Double(seeds))
        if seeds < 63, smallest >= SeedComparison.alpha {
            note += " With \(seeds) seeds it cannot fall below \(ReportNumbers.value(min(1, smallest))), so a verdict "
                + "here rests on the t-test's assumption that seed noise is roughly normal; more seeds rely on it less."
        }
        return note
    }

    /// Whether the best beats the runner-up by more than seed noise, phrased so a reader knows
    /// what to do next.
    package static func seedNoise(_ summary: RunSummary, _ labels: ReportLabels) -> String {
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
        if best.mean == other.mean {
            return "\(a) and the runner-up \(b) tie on `\(metric)` over \(over): their means are equal."
        }
        switch comparison.verdict {
        case .tested(let test, let significant):
            let stats =
                "\(test.method.name) t = \(ReportNumbers.value(test.t)), "
                + "df = \(ReportNumbers.value(test.df)), "
                + (comparison.comparisons > 1
                    ? "p = \(ReportNumbers.value(test.p)); Holm-adjusted over \(comparison.comparisons) comparisons with the best, "
                        + "p \(ReportNumbers.pValue(comparison.adjustedP ?? test.p))"
                    : "p \(ReportNumbers.pValue(test.p))")
            if significant {
                return "\(a) beats the runner-up \(b) on `\(metric)` by more than seed noise over \(over) "
                    + "(\(stats) < \(ReportNumbers.value(SeedComparison.alpha)))."
            }
            return "\(a) and the runner-up \(b) are not distinguishable on `\(metric)` over \(over) "
                + "(\(stats) ≥ \(ReportNumbers.value(SeedComparison.alpha))); "
                + "treat them as equal or add seeds."
        case .notEnoughSeeds:
            return "\(a) leads the runner-up \(b) on `\(metric)`, but with \(over) "
                + "the gap cannot be told from seed noise: a t-test needs at least 2 finished seeds "
                + "per configuration (add seeds with `sweep.seeds`)."
        }
    }

    /// With two or more swept parameters, the best configuration for each value of the first
    /// one (e.g. the best optimizer on each test function), in the sweep's order; nil otherwise.
    /// Comparing across values of the first parameter is often meaningless (different tasks or
    /// starting points), so the reader gets the winner within each.
    package static func bestPerFirstParameter(_ summary: RunSummary, _ labels: ReportLabels) -> [String]? {
        guard let first = summary.configurations.first?.parameters.first?.path,
            summary.configurations.allSatisfy({ $0.parameters.count >= 2 })
        else { return nil }
        let metric = summary.objective.metric
        var values: [String] = []
        for configuration in summary.configurations {
            let text = configuration.parameters.first { $0.path == first }?.text ?? ""
            if !values.contains(text) { values.append(text) }
        }
        guard values.count >= 2 else { return nil }
        // Only where a value is shared: drawn values (random, annealing) each name one
        // configuration, and a "best for each" of those is just the list again.
        let shared = values.contains { value in
            summary.configurations.filter { $0.parameters.first { $0.path == first }?.text == value }.count >= 2
        }
        guard shared else { return nil }
        let name = labels.names[first] ?? first
        return values.map { value in
            let shown = summary.configurations.lazy.compactMap { $0.parameters.first { $0.path == first } }
                .first { $0.text == value }?.shown ?? value
            var best: Int?
            for (index, configuration) in summary.configurations.enumerated() where summary.isRanked(index) {
                guard configuration.parameters.first(where: { $0.path == first })?.text == value,
                    let mean = configuration.objective.mean
                else { continue }
                if let current = best, let currentMean = summary.configurations[current].objective.mean,
                    !summary.objective.isBetter(mean, than: currentMean)
                { continue }
                best = index
            }
            guard let index = best else {
                if let budget = summary.budget {
                    return "\(code("\(name)=\(shown)")): no configuration reached the last rung (\(budget) epochs)."
                }
                return "\(code("\(name)=\(shown)")): no finished trial with a `\(metric)`."
            }
            let rest = summary.configurations[index].parameters.filter { $0.path != first }
                .map { "\(labels.names[$0.path] ?? $0.path)=\($0.shown)" }.joined(separator: ", ")
            let stats = summary.configurations[index].objective
            // Equal means are a tie, not a win: say so, or the first listed looks better.
            let ties = summary.configurations.indices.filter { other in
                other != index && summary.isRanked(other) && summary.configurations[other].objective.mean == stats.mean
                    && summary.configurations[other].parameters.first(where: { $0.path == first })?.text == value
            }.count
            let tie = ties == 0 ? "" : " (tied with \(ties) other\(ties == 1 ? "" : "s"))"
            return "\(code("\(name)=\(shown)")): \(code(rest)) with \(ReportNumbers.meanStd(stats))\(tie)"
        }
    }

    /// Inline code; backticks inside become quotes so the span cannot end early.
    package static func code(_ text: String) -> String {
        "`" + text.replacingOccurrences(of: "`", with: "'") + "`"
    }

    package static func seeds(_ n: Int) -> String { n == 1 ? "1 seed" : "\(n) seeds" }
}
