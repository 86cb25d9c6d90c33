import Foundation
import LRReport

/// `lrlab diff --plots OUT.html`: one self-contained HTML page (inline SVG, no scripts, no
/// network) overlaying both sides' curves per configuration: training loss and learning rate
/// against step, and validation loss and accuracy against epoch when the bundles have them.
/// Old curves are orange and dashed, new ones blue and solid; each legend entry names its side,
/// seed and source (revision or directory). Configurations are titled by their label.
/// `DiffOptions.smoothing` smooths the loss panel (``Smoothing/ema(_:weight:)``). Same bundles,
/// same bytes.
package enum DiffPlots {
    /// One panel: a curve column against an x column, on a scale.
    package struct Panel {
        var column: String
        var title: String
        var x: String
        var scale: AxisScale
        /// Rows where the column is empty are dropped (values measured once per epoch).
        var onlyMeasured: Bool
    }

    /// The panels, in page order.
    package static let panels = [
        Panel(column: "train_loss", title: "loss", x: "step", scale: .log, onlyMeasured: false),
        Panel(column: "lr", title: "learning rate", x: "step", scale: .linear, onlyMeasured: false),
        Panel(column: "val_loss", title: "validation loss", x: "epoch", scale: .log, onlyMeasured: true),
        Panel(column: "val_accuracy", title: "validation accuracy", x: "epoch", scale: .linear, onlyMeasured: true),
    ]

    /// Palette entries of the two sides: orange (old) and blue (new), contrasting hues that
    /// stay apart for the common colour-vision deficiencies; old is also dashed.
    package static let oldColor = 1
    package static let newColor = 0

    package static func html(_ pairs: [BundleDiffing.Pair], options: DiffOptions) -> String {
        var intro = "Old curves <span style=\"color:\(Palette.color(oldColor))\">orange, dashed</span>; new curves "
            + "<span style=\"color:\(Palette.color(newColor))\">blue, solid</span>."
        if let weight = options.smoothing {
            intro += " Training loss smoothed by a debiased exponential moving average of weight \(NumberText.compact(weight))."
        }
        var out = [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<title>lrlab diff</title>",
            "<style>body{font-family:Helvetica,Arial,sans-serif;margin:24px;color:#222}"
                + "h2{margin-top:32px}svg{display:block;margin:8px 0}</style>",
            "</head>", "<body>", "<h1>lrlab diff</h1>",
            "<p>\(intro)</p>",
        ]
        for pair in pairs {
            let diff = pair.diff
            out.append("<h2>\(SVGText.escape(diff.path))</h2>")
            out.append("<p>\(SVGText.escape(diff.oldSource ?? "(none)")) → \(SVGText.escape(diff.newSource ?? "(none)")): \(diff.state.rawValue)</p>")
            let sides = [
                Side(name: "old", bundle: pair.old, source: source(diff.oldSource), color: oldColor, dash: 1),
                Side(name: "new", bundle: pair.new, source: source(diff.newSource), color: newColor, dash: 0),
            ]
            for configuration in sections(pair) {
                let ids = [configuration.oldID, configuration.newID]
                out.append("<h3>\(SVGText.escape(configuration.label))</h3>")
                for panel in panels {
                    var series: [PlotSeries] = []
                    for (side, id) in zip(sides, ids) {
                        guard let id else { continue }
                        series += side.series(configuration: id, panel: panel, smoothing: options.smoothing)
                    }
                    guard series.contains(where: { $0.points.contains { $0.y != nil } }) else { continue }
                    var title = "\(panel.title) — \(configuration.label)"
                    if panel.column == "train_loss", let weight = options.smoothing {
                        title += " (smoothed \(NumberText.compact(weight)))"
                    }
                    let plot = LinePlot(
                        title: title, xTitle: panel.x, yTitle: panel.column, yScale: panel.scale, series: series)
                    out.append(plot.svg().trimmingCharacters(in: .newlines))
                }
            }
        }
        out += ["</body>", "</html>", ""]
        return out.joined(separator: "\n")
    }

    /// The page's sections: the diff's configurations, paired across the sides; for a bundle
    /// only one side has (added or removed), that side's configurations by their labels.
    package static func sections(_ pair: BundleDiffing.Pair) -> [(label: String, oldID: String?, newID: String?)] {
        if !pair.diff.configurations.isEmpty {
            return pair.diff.configurations.map { ($0.label, $0.oldID, $0.newID) }
        }
        guard let metrics = (pair.new ?? pair.old)?.metrics else { return [] }
        let labels = metrics.configurationLabels
        return metrics.configurations.map { configuration in
            let label = labels[configuration.id].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
            return pair.new == nil ? (label, configuration.id, nil) : (label, nil, configuration.id)
        }
    }

    /// The revision a side came from (`HEAD~1` of `HEAD~1:results/x`), else its directory.
    package static func source(_ side: String?) -> String? {
        guard let side else { return nil }
        guard let colon = side.firstIndex(of: ":") else { return side }
        return String(side[..<colon])
    }

    /// One side of a diff: its bundle and how its lines look.
    package struct Side {
        var name: String
        var bundle: ResultBundle?
        var source: String?
        var color: Int
        var dash: Int

        /// One line per trial of `configuration` on this side, in the bundle's trial order,
        /// labelled `old seed 1 (HEAD~1)`.
        func series(configuration: String, panel: Panel, smoothing: Double?) -> [PlotSeries] {
            guard let bundle else { return [] }
            return bundle.metrics.trials.filter { $0.configuration == configuration }.compactMap { trial in
                guard let curve = try? bundle.curve(trial: trial.id), let ys = curve.column(panel.column) else { return nil }
                let xs = curve.column(panel.x) ?? curve.column("step") ?? []
                var rows = Array(ys.indices)
                if panel.onlyMeasured { rows = rows.filter { ys[$0] != nil } }
                var values = rows.map { ys[$0] }
                if panel.column == "train_loss", let smoothing { values = Smoothing.ema(values, weight: smoothing) }
                let points = zip(rows, values).map { row, y in
                    PlotPoint(x: (row < xs.count ? xs[row] : nil) ?? Double(row + 1), y: y)
                }
                let label = "\(name) seed \(trial.seed)" + (source.map { " (\($0))" } ?? "")
                return PlotSeries(label: label, points: points, color: color, dash: dash, detail: "\(name): trial \(trial.id)")
            }
        }
    }
}
