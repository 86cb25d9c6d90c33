import LRTrial

/// Writes the human part of a result bundle: `report.md` and the SVG plots it embeds.
package enum ReportWriter {
    /// The report files of `result`, paths relative to the bundle directory: `report.md` first,
    /// then `plots/loss.svg`, `plots/lr.svg`, `plots/effective_step.svg` and `plots/val.svg` (each only when the trials'
    /// curves have that data), then `plots/paths.svg` and `plots/paths.vl.json` for function models. Deterministic: same inputs, same bytes; no timestamps.
    package static func files(for result: RunResult, summary: RunSummary) -> [(path: String, contents: String)] {
        let plots = ReportPlot.all(result, summary)
        return files(for: result, summary: summary, plots: plots, svgs: plots.map { $0.plot.svg() })
    }

    /// The report files, given the plots and their rendered SVGs.
    static func files(
        for result: RunResult, summary: RunSummary, plots: [ReportPlot], svgs: [String]
    ) -> [(path: String, contents: String)] {
        let figures = [PathPlot.figure(result, summary)].compactMap { $0 }
        var files: [(path: String, contents: String)] = [
            ("report.md", MarkdownReport.render(result, summary, plots: plots, figures: figures))
        ]
        for (plot, svg) in zip(plots, svgs) { files.append((plot.path, svg)) }
        files += figures.flatMap(\.files)
        return files
    }
}
