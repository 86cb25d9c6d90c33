import LRTrial

/// One plot of the report: its file, its picture and a sentence on how it was drawn.
package struct ReportPlot {
    /// Path inside the bundle, e.g. `plots/loss.svg`.
    package var path: String
    /// Alt text of the embedded image.
    package var name: String
    package var plot: LinePlot
    package var caption: String

    /// The report's plots, those the trials have data for: training loss against step,
    /// learning rate against step per configuration, validation metric per epoch. When the
    /// sweep varies the model or the data (``PlotPanels``), each plot has one panel per choice.
    package static func all(_ result: RunResult, _ summary: RunSummary) -> [ReportPlot] {
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
        let panels = PlotPanels.make(result, summary)
        let panelNote = panels?.caption ?? ""
        var plots: [ReportPlot] = []

        let smoothing = result.experiment.output.smoothing
        let loss = CurveSeries.tagged(
            result, summary, column: "train_loss", xColumn: "step", grouping: grouping, onlyMeasured: false
        ).map { line -> CurveSeries.Tagged in (line.configuration, CurveSeries.smoothed(line.series, weight: smoothing), line.suffix) }
        if hasData(loss.map(\.series)) {
            let (plot, note) = linePlot(
                title: "Training loss", xTitle: "step", yTitle: "train_loss", loss, panels: panels, scale: scale(for:))
            let smoothed = smoothing > 0
                ? " Lines are smoothed with TensorBoard's debiased exponential moving average (weight "
                    + "\(NumberText.compact(smoothing))); the raw curve is drawn faintly behind each."
                : ""
            plots.append(
                ReportPlot(
                    path: "plots/loss.svg", name: "loss", plot: plot,
                    caption: "Training loss against optimizer step\(note), \(how).\(smoothed)\(panelNote)"))
        }

        let lr = CurveSeries.tagged(
            result, summary, column: "lr", xColumn: "step", grouping: .firstSeed, onlyMeasured: false)
        if hasData(lr.map(\.series)) {
            let (plot, note) = linePlot(
                title: "Learning rate", xTitle: "step", yTitle: "lr", lr, panels: panels, merge: RateCollapse.collapse,
                scale: scale(for:))
            let lines = plot.panels.isEmpty ? plot.series.count : plot.panels.map(\.series.count).reduce(0, +)
            let shared = lines < lr.count ? "; configurations with identical rates share a line" : ""
            plots.append(
                ReportPlot(
                    path: "plots/lr.svg", name: "lr", plot: plot,
                    caption: "Learning rate against optimizer step\(note), one line per configuration "
                        + "(its first seed)\(shared).\(panelNote)"))
        }
        if let effective = EffectiveStepPlot.plot(result, summary, panels: panels) { plots.append(effective) }

        for metric in ["val_loss", "val_accuracy"] {
            let xColumn =
                result.trials.contains { $0.outcome.curve.columns.contains("epoch") } ? "epoch" : "step"
            let val = CurveSeries.tagged(
                result, summary, column: metric, xColumn: xColumn, grouping: grouping, onlyMeasured: true)
            guard hasData(val.map(\.series)) else { continue }
            let (plot, note) = linePlot(
                title: metric == "val_loss" ? "Validation loss" : "Validation accuracy", xTitle: xColumn,
                yTitle: metric, val, panels: panels, scale: metric == "val_loss" ? scale(for:) : { _ in .linear })
            plots.append(
                ReportPlot(
                    path: "plots/val.svg", name: metric, plot: plot,
                    caption: "`\(metric)` at each evaluation against \(xColumn)\(note), \(how).\(panelNote)"))
            break
        }
        return plots
    }

    /// One plot of `tagged` lines, or one panel per problem with `panels`; `merge` runs on the
    /// lines of each panel (or of the plot), `scale` picks each panel's y scale. Returns the plot
    /// and its caption's note on the scale.
    package static func linePlot(
        title: String, xTitle: String, yTitle: String, _ tagged: [CurveSeries.Tagged], panels: PlotPanels?,
        merge: ([PlotSeries]) -> [PlotSeries] = { $0 }, scale: ([PlotSeries]) -> AxisScale
    ) -> (LinePlot, String) {
        guard let panels else {
            let series = merge(tagged.map(\.series))
            let yScale = scale(series)
            return (
                LinePlot(title: title, xTitle: xTitle, yTitle: yTitle, yScale: yScale, series: series),
                scaleNote(yScale)
            )
        }
        let split = panels.split(tagged).map { panel in
            let series = merge(panel.series)
            return PlotPanel(title: panel.title, yScale: scale(series), series: series)
        }
        return (LinePlot(title: title, xTitle: xTitle, yTitle: yTitle, panels: split), scaleNote(split.map(\.yScale)))
    }

    package static func hasData(_ series: [PlotSeries]) -> Bool {
        series.contains { $0.points.contains { p in p.y.map(\.isFinite) ?? false } }
    }

    /// Log when every finite value is positive and they span at least a factor of ten.
    package static func scale(for series: [PlotSeries]) -> AxisScale {
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

    package static func scaleNote(_ scale: AxisScale) -> String {
        scale == .log ? " (log scale)" : ""
    }

    /// The note for panels, which may differ in scale.
    package static func scaleNote(_ scales: [AxisScale]) -> String {
        if scales.allSatisfy({ $0 == .log }) { return scaleNote(.log) }
        return scales.contains(.log) ? " (log scale in the panels whose values span a factor of ten or more)" : ""
    }
}
