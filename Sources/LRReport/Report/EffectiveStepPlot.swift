import LRTrial

/// `plots/effective_step.svg`: what an adaptive optimizer's per-parameter rates did, which the
/// learning-rate plot (the nominal rate) cannot show.
package enum EffectiveStepPlot {
    /// The column prefixes `TrialRunner.effectiveStepColumns` writes.
    package static let median = "effective_step_p50["
    package static let prefixes = (low: "effective_step_p10[", high: "effective_step_p90[")

    /// The layers a curve has effective-step columns for, in column order.
    package static func layers(_ curve: CurveTable) -> [String] {
        curve.columns.compactMap { column in
            guard column.hasPrefix(median), column.hasSuffix("]") else { return nil }
            return String(column.dropFirst(median.count).dropLast())
        }
    }

    /// One line per configuration and layer (its first seed): the median effective rate at each
    /// measured update, shaded from the 10th to the 90th percentile; log y when every value is
    /// positive. Nil when no trial has the columns (no adaptive optimizer).
    package static func plot(_ result: RunResult, _ summary: RunSummary, panels: PlotPanels? = nil) -> ReportPlot? {
        let labels = ReportLabels(summary)
        var tagged: [CurveSeries.Tagged] = []
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
                let suffix = names.count == 1 ? "" : " · \(layer)"
                tagged.append((index, PlotSeries(
                    label: labels.configuration(index) + suffix, points: middle, color: index,
                    dash: names.count == 1 ? nil : names.firstIndex(of: layer), bounds: bounds,
                    detail: "\(labels.full(index)), \(layer)"), suffix))
            }
        }
        guard ReportPlot.hasData(tagged.map(\.series)) else { return nil }
        let (plot, note) = ReportPlot.linePlot(
            title: "Effective per-parameter step size", xTitle: "step", yTitle: "effective step", tagged, panels: panels,
            scale: scale(for:))
        return ReportPlot(
            path: "plots/effective_step.svg", name: "effective step", plot: plot,
            caption: "The effective per-parameter rate of the adaptive optimizers (e.g. η / (√v̂ + ε) for Adam) against "
                + "optimizer step\(note): the median over each layer's parameters, shaded from the "
                + "10th to the 90th percentile, measured on each epoch's last update; one line per configuration "
                + "and layer (its first seed). The `lr` plot shows only the nominal rate these are built from."
                + (panels?.caption ?? ""))
    }

    /// Log when every finite value (lines and bands) is positive.
    package static func scale(for series: [PlotSeries]) -> AxisScale {
        let values = series.flatMap { $0.points.compactMap(\.y) + ($0.bounds ?? []).flatMap { [$0?.low, $0?.high] }.compactMap { $0 } }
            .filter(\.isFinite)
        return !values.isEmpty && values.allSatisfy({ $0 > 0 }) ? .log : .linear
    }
}
