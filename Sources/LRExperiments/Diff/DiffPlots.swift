import Foundation

/// `lrlab diff --plots OUT.html`: one self-contained HTML page (inline SVG, no scripts, no
/// network) overlaying both sides' loss and learning-rate curves per configuration, old
/// dashed and new solid. Same bundles, same bytes.
public enum DiffPlots {
    /// The curve columns plotted, with their axis scale.
    static let panels: [(column: String, title: String, scale: AxisScale)] = [
        ("train_loss", "loss", .log), ("lr", "learning rate", .linear),
    ]

    public static func html(_ pairs: [BundleDiffing.Pair], options: DiffOptions) -> String {
        var out = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>lrlab diff</title>",
            "<style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222}"
                + "h2{margin-top:32px}svg{display:block;margin:8px 0}</style>",
            "</head>", "<body>", "<h1>lrlab diff</h1>",
            "<p>Old curves dashed, new curves solid.</p>",
        ]
        for pair in pairs {
            let diff = pair.diff
            out.append("<h2>\(SVGText.escape(diff.path))</h2>")
            out.append("<p>\(SVGText.escape(diff.oldSource ?? "(none)")) → \(SVGText.escape(diff.newSource ?? "(none)")): \(diff.state.rawValue)</p>")
            var configurations: [String] = []
            for trial in diff.trials where !configurations.contains(trial.configuration) { configurations.append(trial.configuration) }
            for configuration in configurations {
                out.append("<h3>configuration \(SVGText.escape(configuration))</h3>")
                for panel in panels {
                    var series: [PlotSeries] = []
                    for (index, trial) in diff.trials.filter({ $0.configuration == configuration }).enumerated() {
                        for (side, bundle, dash) in [("old", pair.old, 1), ("new", pair.new, 0)] {
                            guard let bundle, bundle.metrics.trials.contains(where: { $0.id == trial.id }),
                                  let curve = try? bundle.curve(trial: trial.id), let ys = curve.column(panel.column)
                            else { continue }
                            let xs = curve.column("step") ?? ys.indices.map { Double($0) }
                            let points = zip(xs, ys).compactMap { x, y in x.map { PlotPoint(x: $0, y: y) } }
                            series.append(PlotSeries(label: "\(side) seed \(trial.seed)", points: points, color: index, dash: dash))
                        }
                    }
                    guard !series.isEmpty else { continue }
                    let plot = LinePlot(
                        title: "\(panel.title) — \(configuration)", xTitle: "step", yTitle: panel.column, yScale: panel.scale,
                        series: series)
                    out.append(plot.svg().trimmingCharacters(in: .newlines))
                }
            }
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }
}
