/// One plot of the report: its file, its picture and a sentence on how it was drawn.
struct ReportPlot {
    /// Path inside the bundle, e.g. `plots/loss.svg`.
    var path: String
    /// Alt text of the embedded image.
    var name: String
    var plot: LinePlot
    var caption: String

    /// The report's plots, those the trials have data for: training loss against step,
    /// learning rate against step per configuration, validation metric per epoch.
    static func all(_ result: RunResult, _ summary: RunSummary) -> [ReportPlot] {
        // Seeds of one configuration are summarised as a mean with a ±1 std band; one line per
        // trial only when every configuration ran a single seed and there are few of them.
        let replicated = result.trials.count > summary.configurations.count
        let grouping: CurveSeries.Grouping =
            replicated || result.trials.count > CurveSeries.perTrialLimit ? .seedMean : .perTrial
        let how =
            grouping == .seedMean
            ? "one line per configuration: the mean over its ok/stopped seeds at each step (its first seed when none "
                + "finished), shaded ±1 standard deviation over those seeds"
            : "one line per trial"
        var plots: [ReportPlot] = []

        let loss = CurveSeries.lines(
            result, summary, column: "train_loss", xColumn: "step", grouping: grouping, onlyMeasured: false)
        if hasData(loss) {
            let scale = scale(for: loss)
            plots.append(
                ReportPlot(
                    path: "plots/loss.svg", name: "loss",
                    plot: LinePlot(
                        title: "Training loss", xTitle: "step", yTitle: "train_loss", yScale: scale, series: loss),
                    caption: "Training loss against optimizer step\(scaleNote(scale)), \(how)."))
        }

        let lr = CurveSeries.lines(
            result, summary, column: "lr", xColumn: "step", grouping: .firstSeed, onlyMeasured: false)
        if hasData(lr) {
            let scale = scale(for: lr)
            plots.append(
                ReportPlot(
                    path: "plots/lr.svg", name: "lr",
                    plot: LinePlot(
                        title: "Learning rate", xTitle: "step", yTitle: "lr", yScale: scale, series: lr),
                    caption: "Learning rate against optimizer step\(scaleNote(scale)), one line per configuration "
                        + "(its first seed)."))
        }
        if let effective = EffectiveStepPlot.plot(result, summary) { plots.append(effective) }

        for metric in ["val_loss", "val_accuracy"] {
            let xColumn =
                result.trials.contains { $0.outcome.curve.columns.contains("epoch") } ? "epoch" : "step"
            let val = CurveSeries.lines(
                result, summary, column: metric, xColumn: xColumn, grouping: grouping, onlyMeasured: true)
            guard hasData(val) else { continue }
            let scale: AxisScale = metric == "val_loss" ? scale(for: val) : .linear
            plots.append(
                ReportPlot(
                    path: "plots/val.svg", name: metric,
                    plot: LinePlot(
                        title: metric == "val_loss" ? "Validation loss" : "Validation accuracy",
                        xTitle: xColumn, yTitle: metric, yScale: scale, series: val),
                    caption: "`\(metric)` at each evaluation against \(xColumn)\(scaleNote(scale)), \(how)."))
            break
        }
        return plots
    }

    static func hasData(_ series: [PlotSeries]) -> Bool {
        series.contains { $0.points.contains { p in p.y.map(\.isFinite) ?? false } }
    }

    /// Log when every finite value is positive and they span at least a factor of ten.
    static func scale(for series: [PlotSeries]) -> AxisScale {
        var lo = Double.infinity
        var hi = -Double.infinity
        for s in series {
            for p in s.points {
                guard let y = p.y, y.isFinite else { continue }
                lo = min(lo, y)
                hi = max(hi, y)
            }
        }
        return lo > 0 && hi >= 10 * lo ? .log : .linear
    }

    static func scaleNote(_ scale: AxisScale) -> String {
        scale == .log ? " (log scale)" : ""
    }
}
