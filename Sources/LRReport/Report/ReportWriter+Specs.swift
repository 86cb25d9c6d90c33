import LRConfig
import LRTrial

extension ReportWriter {
    /// ``files(for:summary:)`` and, for each of its line plots, the Vega-Lite spec beside the
    /// SVG (`plots/loss.vl.json` beside `plots/loss.svg`, ``VegaLiteSpec``): what a bundle holds.
    /// The bundle writer sorts the files by path.
    package static func bundleFiles(for result: RunResult, summary: RunSummary) -> [(path: String, contents: String)] {
        let plots = ReportPlot.all(result, summary)
        // Each plot's SVG and spec are independent of the others and most of a report's cost.
        let lines = plots.map(\.plot)
        let svgs = Concurrently.map(lines) { $0.svg() }
        let specs = Concurrently.map(lines) { $0.vegaLite() }
        return files(for: result, summary: summary, plots: plots, svgs: svgs)
            + zip(plots, specs).map { (path: specPath($0.path), contents: $1) }
    }

    /// The Vega-Lite spec's path beside an SVG's: `plots/lr.svg` → `plots/lr.vl.json`.
    package static func specPath(_ svgPath: String) -> String {
        (svgPath.hasSuffix(".svg") ? String(svgPath.dropLast(4)) : svgPath) + ".vl.json"
    }
}
