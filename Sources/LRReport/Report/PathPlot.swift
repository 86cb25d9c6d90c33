import LRConfig
import LREngine
import LRTrial

/// `plots/paths.svg` (and `plots/paths.vl.json`) of a function-model run: each test function's
/// contour map with every configuration's path of its two coordinates drawn over it.
package enum PathPlot {
    package static let svgPath = "plots/paths.svg"
    package static let specPath = "plots/paths.vl.json"

    /// The figure for `result`, nil when no configuration minimises a two-coordinate function
    /// with recorded coordinates (`x0`, `x1`).
    package static func figure(_ result: RunResult, _ summary: RunSummary) -> ReportFigure? {
        guard let plot = plot(result, summary) else { return nil }
        let several = plot.panels.count > 1
        let levels = plot.panels.map { panel -> String in
            let values = panel.contours.map(\.level)
            guard let low = values.first, let high = values.last else { return "\(panel.title): none" }
            return "\(panel.title): \(values.count) from \(NumberText.compact(low)) to \(NumberText.compact(high))"
        }
        let caption =
            "The contour lines of \(several ? "each function (one panel per function)" : "the function") at log-spaced "
            + "levels of f (\(levels.joined(separator: "; ")); darker for lower values), with each configuration's path of `(x0, x1)` "
            + "over the updates drawn on top (its first seed): ○ marks the start, ● the point before the last update, "
            + "× the known minima. Paths are thinned to about \(plot.pointLimit) points; parts far outside the map "
            + "(a run that blew up) are left out."
        return ReportFigure(
            path: svgPath, name: "paths", caption: caption,
            files: [(svgPath, plot.svg()), (specPath, plot.vegaLite())])
    }

    /// The contour plot: panels in order of first appearance among the configurations.
    package static func plot(_ result: RunResult, _ summary: RunSummary) -> ContourPlot? {
        let labels = ReportLabels(summary)
        var keys: [String] = []
        var panels: [String: (function: any ObjectiveFunction, paths: [PlotSeries])] = [:]
        for (index, configuration) in summary.configurations.enumerated() {
            guard let trial = result.trials.first(where: { $0.spec.configurationID == configuration.id }),
                let model = trial.spec.experiment.model.kind as? FunctionModelKind, model.start.count == 2,
                let name = model.function, let xs = trial.outcome.curve.column("x0"),
                let ys = trial.outcome.curve.column("x1"),
                let function = try? ObjectiveFunctions.make(name: name.rawValue, dimension: 2, scales: model.scales)
            else { continue }
            let key = title(name.rawValue, scales: model.scales)
            if panels[key] == nil {
                keys.append(key)
                panels[key] = (function, [])
            }
            let points = zip(xs, ys).map { x, y in PlotPoint(x: x ?? .nan, y: x == nil ? nil : y) }
            panels[key]?.paths.append(
                PlotSeries(label: labels.configuration(index), points: points, detail: labels.full(index)))
        }
        guard !keys.isEmpty else { return nil }
        let built = keys.compactMap { key -> ContourPlot.Panel? in
            guard let entry = panels[key] else { return nil }
            let function = entry.function
            var gradient = [0.0, 0.0]
            return ContourPlot.Panel(
                title: key, paths: entry.paths,
                minima: function.minima(dimension: 2).filter { $0.count == 2 }.map { PlotPoint(x: $0[0], y: $0[1]) }
            ) { function.evaluate($0, gradient: &gradient) }
        }
        return ContourPlot(title: "Optimizer paths", xTitle: "x0", yTitle: "x1", panels: built)
    }

    /// The panel's title: the function's name, with the quadratic's curvatures when given.
    package static func title(_ name: String, scales: [Double]?) -> String {
        guard let scales else { return name }
        return "\(name) (scales \(scales.map { NumberText.compact($0) }.joined(separator: ", ")))"
    }
}
