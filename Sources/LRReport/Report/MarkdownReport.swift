import LRTrial

/// The text of `report.md`: what was asked, what won, whether it is beyond seed noise, the
/// configurations and trials in tables, and the plots. No timestamps: same run, same bytes.
package enum MarkdownReport {
    package static func render(
        _ result: RunResult, _ summary: RunSummary, plots: [ReportPlot], figures: [ReportFigure] = []
    ) -> String {
        let labels = ReportLabels(summary)
        let objective = summary.objective
        var out: [String] = []
        out.append("# \(result.experiment.name)")
        if let description = result.experiment.description?.trimmingTrailingWhitespace(), !description.isEmpty {
            out.append(description)
        }

        var facts =
            "\(result.trials.count) \(result.trials.count == 1 ? "trial" : "trials") "
            + "(\(summary.statuses.described)) in \(summary.configurations.count) "
            + "\(summary.configurations.count == 1 ? "configuration" : "configurations"). "
            + "Objective: `\(objective.metric)` (\(objective.maximize ? "maximize" : "minimize")), "
            + "averaged over the seeds that finished ok or stopped; diverged and failed trials are "
            + "counted but not averaged."
        if let asked = objective.fallbackFrom {
            facts += " The experiment asks for `\(asked)`, which no trial reported, so configurations "
                + "are ranked by `\(objective.metric)` instead."
        }
        out.append(facts)
        if let target = ReportSentences.target(summary, labels) { out.append(target) }

        if !result.data.isEmpty {
            out.append("## Data")
            out.append(result.data.map { "- " + ReportSentences.data($0) }.joined(separator: "\n"))
        }

        out.append("## Result")
        let chance = ReportSentences.chanceWarning(summary, result.data).map { "\n- **Warning:** " + $0 } ?? ""
        // "Best for each value" reads a grid; the values a random or annealing search draws
        // are not levels of a factor.
        let gridded = [nil, .grid, .halving].contains(result.experiment.sweep?.method)
        let confound = ReportSentences.momentumConfound(result, summary, labels).map { "\n- **Confound:** " + $0 } ?? ""
        let baseline = BaselineReport.sentence(summary, labels).map { "\n- **Against the baseline:** " + $0 } ?? ""
        let settings = Confounds.sentence(result, summary, labels).map { "\n- **Differs beyond the sweep:** " + $0 } ?? ""
        let warning = baseline + chance + confound + settings
        out.append(
            "- **Best:** " + ReportSentences.best(summary, labels) + "\n"
                + "- **Seed noise:** " + ReportSentences.seedNoise(summary, labels)
                + (gridded ? perFirstParameter(summary, labels) : "") + warning)

        if let baseline = summary.baseline {
            out.append("## Against the baseline")
            out.append(BaselineReport.introduction(summary, labels, baseline: baseline))
            if !summary.againstBaseline.isEmpty {
                out.append(comparisonTable(summary, labels, summary.againstBaseline, reference: baseline, name: "baseline").render())
                if let note = ReportSentences.smallSampleNote(summary) { out.append(note) }
            }
        } else if let table = againstBestTable(summary, labels) {
            out.append("## Against the best")
            out.append(
                "Each configuration against the best over its seeds (a t-test paired by seed when both ran "
                    + "the same seeds, else Welch's), with Holm's correction for the "
                    + "\(summary.againstBest.count) comparison\(summary.againstBest.count == 1 ? "" : "s"): a gap is beyond seed noise when the adjusted p is "
                    + "below \(ReportNumbers.value(SeedComparison.alpha)).")
            out.append(table.render())
            if let note = ReportSentences.smallSampleNote(summary) { out.append(note) }
        }

        out += AnnealingSection.render(result, summary, labels)
        out += FeatureGainSection.render(result, summary, labels)

        out.append("## Configurations")
        out.append(configurationTable(summary).render())

        out.append("## Trials")
        out.append(trialTable(result, summary).render())

        if !plots.isEmpty || !figures.isEmpty {
            out.append("## Plots")
            for plot in plots {
                out.append("![\(plot.name)](\(plot.path))\n\n\(plot.caption)")
            }
            for figure in figures { out.append("![\(figure.name)](\(figure.path))\n\n\(figure.caption)") }
        }
        return out.joined(separator: "\n\n") + "\n"
    }

    /// The "best per value of the first swept parameter" bullet with its sub-list, or nothing.
    package static func perFirstParameter(_ summary: RunSummary, _ labels: ReportLabels) -> String {
        guard let lines = ReportSentences.bestPerFirstParameter(summary, labels),
            let first = summary.configurations.first?.parameters.first?.path
        else { return "" }
        let direction = summary.objective.maximize ? "highest" : "lowest"
        return "\n- **Best for each `\(labels.names[first] ?? first)`** (\(direction) mean `\(summary.objective.metric)`):"
            + lines.map { "\n  - " + $0 }.joined()
    }

    /// The objective first, then the other final metrics in the run's order.
    package static func reportedMetrics(_ summary: RunSummary) -> [String] {
        [summary.objective.metric] + summary.metricNames.filter { $0 != summary.objective.metric }
    }

    package static func configurationTable(_ summary: RunSummary) -> MarkdownTable {
        let paths = summary.configurations.first?.parameters.map(\.path) ?? []
        let metrics = reportedMetrics(summary)
        let header =
            ["#"] + paths + metrics.map { $0 == summary.objective.metric ? "\($0) (objective)" : $0 }
            + ["n", "statuses"]
        let right = [true] + paths.map { _ in false } + metrics.map { _ in true } + [true, false]
        var rows: [[String]] = []
        for (index, configuration) in summary.configurations.enumerated() {
            var row = [String(index + 1)]
            row += paths.map { path in configuration.parameters.first { $0.path == path }?.shown ?? "" }
            for metric in metrics {
                let stats =
                    metric == summary.objective.metric
                    ? configuration.objective : configuration.metric(metric)
                var text = stats.map(ReportNumbers.meanStd) ?? "—"
                if metric == summary.objective.metric, index == summary.best { text = "**\(text)**" }
                row.append(text)
            }
            row.append(String(configuration.objective.n))
            row.append(configuration.statuses.described)
            rows.append(row)
        }
        return MarkdownTable(header: header, rows: rows, rightAligned: right)
    }

    /// Every other configuration against the best; nil with fewer than two ranked ones.
    package static func againstBestTable(_ summary: RunSummary, _ labels: ReportLabels) -> MarkdownTable? {
        guard let best = summary.best, !summary.againstBest.isEmpty else { return nil }
        return comparisonTable(summary, labels, summary.againstBest, reference: best, name: "best")
    }

    /// Each of `comparisons` against configuration `reference`: means, the gap with its
    /// interval, the tests and a verdict that says which way a real gap goes.
    package static func comparisonTable(
        _ summary: RunSummary, _ labels: ReportLabels, _ comparisons: [BestComparison], reference: Int, name: String
    ) -> MarkdownTable {
        let metric = summary.objective.metric
        let referenceMean = summary.configurations[reference].objective.mean
        let header = ["#", "configuration", "mean `\(metric)`", "Δ vs \(name)", "95 % interval of Δ", "test", "p",
                      "signed-rank p", "Holm p", "verdict"]
        let right = [true, false, true, true, false, false, true, true, true, false]
        let rows = comparisons.map { c -> [String] in
            let stats = summary.configurations[c.configuration].objective
            var delta = "—"
            if let mean = stats.mean, let referenceMean { delta = ReportNumbers.value(mean - referenceMean) }
            let interval = c.difference.map { "[\(ReportNumbers.value($0.low)), \(ReportNumbers.value($0.high))]" } ?? "—"
            return [String(c.configuration + 1), "`\(labels.configuration(c.configuration))`", ReportNumbers.meanStd(stats), delta,
                    interval, c.test?.method.name ?? "—", c.test.map { ReportNumbers.value($0.p) } ?? "—",
                    c.test?.signedRank.map { ReportNumbers.value($0.p) } ?? "—",
                    c.adjustedP.map(ReportNumbers.value) ?? "—", verdict(c, summary, reference: reference)]
        }
        return MarkdownTable(header: header, rows: rows, rightAligned: right)
    }

    /// "better/worse beyond seed noise" by the direction of the means, "within seed noise", or
    /// why there was no test.
    package static func verdict(_ c: BestComparison, _ summary: RunSummary, reference: Int) -> String {
        guard c.test != nil else { return "not tested (fewer than 2 seeds)" }
        guard c.significant, let mean = summary.configurations[c.configuration].objective.mean,
            let referenceMean = summary.configurations[reference].objective.mean
        else { return "within seed noise" }
        return summary.objective.isBetter(mean, than: referenceMean) ? "better beyond seed noise" : "worse beyond seed noise"
    }

    package static func trialTable(_ result: RunResult, _ summary: RunSummary) -> MarkdownTable {
        let metrics = reportedMetrics(summary)
        let header = ["trial", "configuration", "seed", "status"] + metrics + ["message"]
        let right = [false, true, true, false] + metrics.map { _ in true } + [false]
        let rows = result.trials.map { trial -> [String] in
            let configuration =
                summary.configurations.firstIndex { $0.id == trial.spec.configurationID }.map { String($0 + 1) } ?? ""
            var row = ["`\(trial.spec.id)`", configuration, String(trial.spec.seed), trial.outcome.status.rawValue]
            row += metrics.map { name in trial.outcome.metric(name).map(ReportNumbers.value) ?? "—" }
            row.append(trial.outcome.message ?? "")
            return row
        }
        return MarkdownTable(header: header, rows: rows, rightAligned: right)
    }
}

extension String {
    package func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s = s.dropLast() }
        return String(s)
    }
}
