/// A picture of the report drawn by something other than `LinePlot` (the contour map of
/// function-model paths): where report.md embeds it, its caption, and every file it writes.
package struct ReportFigure {
    /// The embedded image, e.g. `plots/paths.svg`.
    package var path: String
    /// Alt text of the embedded image.
    package var name: String
    package var caption: String
    /// Paths inside the bundle with their contents (the SVG and its Vega-Lite spec).
    package var files: [(path: String, contents: String)]
}
