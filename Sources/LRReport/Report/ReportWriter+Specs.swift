import LRConfig
import LRTrial

extension ReportWriter {
    /// ``files(for:summary:)`` and, for each of its line plots, the Vega-Lite spec beside the
    /// SVG (`plots/loss.vl.json` beside `plots/loss.svg`, ``VegaLiteSpec``): what a bundle holds.
    /// The bundle writer sorts the files by path.
    package static func bundleFiles(for result: RunResult, summary: RunSummary) -> [(path: String, contents: String)] {
        let plots = ReportPlot.all(result, summary)
        // Each plot's SVG and spec are independent of the others and most of a report's cost.
        // One parallel map over both, so no core waits for the other between them.
        let lines = plots.map(\.plot)
        let rendered = Concurrently.map(Array(0..<(2 * lines.count))) { job in
            job < lines.count ? lines[job].svg() : lines[job - lines.count].vegaLite()
        }
        let svgs = Array(rendered[..<lines.count])
        let specs = Array(rendered[lines.count...])
        return files(for: result, summary: summary, plots: plots, svgs: svgs)
            + zip(plots, specs).map { (path: specPath($0.path), contents: $1) }
    }

    /// The Vega-Lite spec's path beside an SVG's: `plots/lr.svg` → `plots/lr.vl.json`.
    package static func specPath(_ svgPath: String) -> String {
        (svgPath.hasSuffix(".svg") ? String(svgPath.dropLast(4)) : svgPath) + ".vl.json"
    }
}
