import Foundation
import LRBundle
import LREngine
import LRReport
import LRTrial

/// The files `lrlab lr-find` writes, in one directory written atomically (`AtomicDirectory`):
///
/// - `curve.csv`: `step`, `lr`, `loss`, `smoothed_loss`, one row per update;
/// - `lr-find.svg`: smoothed loss against the rate (log-scaled rate axis), with a vertical
///   marker at each suggestion;
/// - `lr-find.vl.json`: the same plot as a Vega-Lite v6 spec (``VegaLiteSpec``);
/// - `suggestions.json`: the settings, why the test stopped, and the three suggestions (null
///   when the curve gives none).
package enum LRFindBundle {
    /// The file names, in the order they are written.
    package static let files = ["curve.csv", "lr-find.svg", "lr-find.vl.json", "suggestions.json"]

    /// The curve as a table.
    package static func curve(_ result: RangeTestResult) -> CurveTable {
        CurveTable(
            columns: ["step", "lr", "loss", "smoothed_loss"],
            rows: result.points.map { [Double($0.step), $0.lr, $0.loss, $0.smoothedLoss] })
    }

    /// The SVG plot of `result` for the experiment called `name`: the smoothed loss up to where
    /// it climbs back above its level before the minimum (``informative(_:)``), so the blow-up
    /// does not squash the informative band into the bottom of the plot; the suggestions as
    /// vertical lines.
    package static func plot(_ result: RangeTestResult, name: String) -> String {
        linePlot(result, name: name).svg()
    }

    /// The plot ``plot(_:name:)`` draws, for its SVG and its Vega-Lite spec.
    package static func linePlot(_ result: RangeTestResult, name: String) -> LinePlot {
        let shown = informative(result.points)
        var series = [PlotSeries(label: "smoothed loss", points: shown.map { PlotPoint(x: $0.lr, y: $0.smoothedLoss) },
                                 color: 0)]
        let losses = shown.map(\.smoothedLoss)
        if let low = losses.min(), let high = losses.max() {
            for (index, label) in LRFind.suggestionNames.enumerated() {
                guard let lr = LRFind.suggestion(label, of: result.suggestions) else { continue }
                series.append(PlotSeries(
                    label: "\(plotLabel(label)) \(NumberText.compact(lr))",
                    points: [PlotPoint(x: lr, y: low), PlotPoint(x: lr, y: high)], color: index + 1, dash: 1))
            }
        }
        let cut = shown.count < result.points.filter { $0.smoothedLoss.isFinite && $0.lr > 0 }.count
        return LinePlot(title: "\(name): learning-rate range test" + (cut ? " (cut where the loss blows up)" : ""),
                        xTitle: "learning rate", yTitle: "smoothed loss", xScale: .log, series: series)
    }

    /// The suggestion's name as the plot shows it: `minimum` is the lowest loss's rate ÷ 10.
    package static func plotLabel(_ name: String) -> String {
        name == "minimum" ? "minimum ÷ 10" : name
    }

    /// The finite points up to the first one after the lowest smoothed loss that rises above
    /// the highest smoothed loss before it (the starting plateau): past that the loss is
    /// blowing up and says nothing about which rate to choose.
    package static func informative(_ points: [RangeTestPoint]) -> [RangeTestPoint] {
        let finite = points.filter { $0.smoothedLoss.isFinite && $0.lr > 0 }
        guard let lowest = finite.indices.min(by: { finite[$0].smoothedLoss < finite[$1].smoothedLoss }) else { return finite }
        let ceiling = finite[...lowest].map(\.smoothedLoss).max() ?? finite[lowest].smoothedLoss
        guard let end = finite[lowest...].firstIndex(where: { $0.smoothedLoss > ceiling }) else { return finite }
        return Array(finite[..<end])
    }

    /// The `suggestions.json` text.
    package static func json(_ result: RangeTestResult, settings: LRFind) -> String {
        func number(_ x: Double?) -> String {
            guard let x, x.isFinite else { return "null" }
            return x.description
        }
        let suggestions = LRFind.suggestionNames.map {
            "    \"\($0)\": \(number(LRFind.suggestion($0, of: result.suggestions)))"
        }
        return """
            {
              "start_lr": \(number(settings.startLR)),
              "end_lr": \(number(settings.endLR)),
              "num_steps": \(settings.steps),
              "steps_run": \(result.points.count),
              "stop": "\(result.stop.rawValue)",
              "suggestions": {
            \(suggestions.joined(separator: ",\n"))
              }
            }

            """
    }

    /// Writes the bundle of `result` to `directory`, replacing an earlier lr-find bundle
    /// there (a directory holding anything else is refused).
    package static func write(_ result: RangeTestResult, settings: LRFind, name: String, to directory: String) throws {
        let target = URL(fileURLWithPath: directory)
        let contents: [(String, String)] = [
            ("curve.csv", CurveCSV.text(curve(result))),
            ("lr-find.svg", plot(result, name: name)),
            ("lr-find.vl.json", linePlot(result, name: name).vegaLite()),
            ("suggestions.json", json(result, settings: settings)),
        ]
        try AtomicDirectory.replace(target, fill: { temporary in
            try AtomicDirectory.writeFiles(contents.map { ($0.0, Array($0.1.utf8)) }, in: temporary)
        }, isReplaceable: { url in
            FileManager.default.fileExists(atPath: url.appendingPathComponent("suggestions.json").path)
        })
    }
}
