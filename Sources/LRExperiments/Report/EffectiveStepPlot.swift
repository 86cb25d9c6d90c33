/// `plots/effective_step.svg`: what an adaptive optimizer's per-parameter rates did, which the
/// learning-rate plot (the nominal rate) cannot show.
enum EffectiveStepPlot {
    /// The column prefixes `TrialRunner.effectiveStepColumns` writes.
    static let median = "effective_step_p50["
    static let prefixes = (low: "effective_step_p10[", high: "effective_step_p90[")

    /// The layers a curve has effective-step columns for, in column order.
    static func layers(_ curve: CurveTable) -> [String] {
        curve.columns.compactMap { column in
            guard column.hasPrefix(median), column.hasSuffix("]") else { return nil }
            return String(column.dropFirst(median.count).dropLast())
        }
    }

    /// One line per configuration and layer (its first seed): the median effective rate at each
    /// measured update, shaded from the 10th to the 90th percentile; log y when every value is
    /// positive. Nil when no trial has the columns (no adaptive optimizer).
    static func plot(_ result: RunResult, _ summary: RunSummary) -> ReportPlot? {
        let labels = ReportLabels(summary)
        var series: [PlotSeries] = []
        for (index, configuration) in summary.configurations.enumerated() {
            guard let trial = result.trials.first(where: { $0.spec.configurationID == configuration.id }) else { continue }
            let curve = trial.outcome.curve
            let names = layers(curve)
            for layer in names {
                let middle = CurveSeries.points(curve, column: median + layer + "]", xColumn: "step", onlyMeasured: true)
                let low = CurveSeries.points(curve, column: prefixes.low + layer + "]", xColumn: "step", onlyMeasured: true)
                let high = CurveSeries.points(curve, column: prefixes.high + layer + "]", xColumn: "step", onlyMeasured: true)
                let bounds: [PlotInterval?] = middle.indices.map { i in
                    guard i < low.count, i < high.count, let a = low[i].y, let b = high[i].y else { return nil }
                    return PlotInterval(low: a, high: b)
                }
                let label = names.count == 1 ? labels.configuration(index) : "\(labels.configuration(index)) · \(layer)"
                series.append(
                    PlotSeries(
                        label: label, points: middle, color: index, dash: names.count == 1 ? nil : names.firstIndex(of: layer),
                        bounds: bounds, detail: "\(labels.full(index)), \(layer)"))
            }
        }
        guard ReportPlot.hasData(series) else { return nil }
        let values = series.flatMap { $0.points.compactMap(\.y) + ($0.bounds ?? []).flatMap { [$0?.low, $0?.high] }.compactMap { $0 } }
            .filter(\.isFinite)
        let scale: AxisScale = !values.isEmpty && values.allSatisfy({ $0 > 0 }) ? .log : .linear
        return ReportPlot(
            path: "plots/effective_step.svg", name: "effective step",
            plot: LinePlot(
                title: "Effective per-parameter step size", xTitle: "step", yTitle: "effective step",
                yScale: scale, series: series),
            caption: "The effective per-parameter rate of the adaptive optimizers (e.g. η / (√v̂ + ε) for Adam) against "
                + "optimizer step\(ReportPlot.scaleNote(scale)): the median over each layer's parameters, shaded from the "
                + "10th to the 90th percentile, measured on each epoch's last update; one line per configuration "
                + "and layer (its first seed). The `lr` plot shows only the nominal rate these are built from.")
    }
}
