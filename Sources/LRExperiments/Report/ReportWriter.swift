/// Writes the human part of a result bundle: `report.md` and the SVG plots it embeds.
public enum ReportWriter {
    /// The report files of `result`, paths relative to the bundle directory: `report.md` first,
    /// then `plots/loss.svg`, `plots/lr.svg`, `plots/effective_step.svg` and `plots/val.svg` (each only when the trials'
    /// curves have that data). Deterministic: same inputs, same bytes; no timestamps.
    public static func files(for result: RunResult, summary: RunSummary) -> [(path: String, contents: String)] {
        let plots = ReportPlot.all(result, summary)
        var files: [(path: String, contents: String)] = [
            ("report.md", MarkdownReport.render(result, summary, plots: plots))
        ]
        for plot in plots { files.append((plot.path, plot.plot.svg())) }
        return files
    }
}
