import LRTrial

extension ReportWriter {
    /// ``files(for:summary:)`` and, for each of its line plots, the Vega-Lite spec beside the
    /// SVG (`plots/loss.vl.json` beside `plots/loss.svg`, ``VegaLiteSpec``): what a bundle holds.
    /// The bundle writer sorts the files by path.
    package static func bundleFiles(for result: RunResult, summary: RunSummary) -> [(path: String, contents: String)] {
        let specs = ReportPlot.all(result, summary).map { (path: specPath($0.path), contents: $0.plot.vegaLite()) }
        return files(for: result, summary: summary) + specs
    }

    /// The Vega-Lite spec's path beside an SVG's: `plots/lr.svg` → `plots/lr.vl.json`.
    package static func specPath(_ svgPath: String) -> String {
        (svgPath.hasSuffix(".svg") ? String(svgPath.dropLast(4)) : svgPath) + ".vl.json"
    }
}
