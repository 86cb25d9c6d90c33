/// A line plot of several series rendered as a small, self-contained SVG file: no scripts,
/// no external fonts, so it displays on GitHub. Same input, same bytes.
package struct LinePlot: Sendable {
    package var title: String
    package var xTitle: String
    package var yTitle: String
    package var xScale: AxisScale
    package var yScale: AxisScale
    package var series: [PlotSeries]
    /// Canvas size in pixels.
    package var width: Int
    package var height: Int
    /// Points drawn per series at most (about; see `Downsampler`).
    package var pointLimit: Int
    /// Legend entries shown before `+N more`.
    package var legendLimit: Int
    /// Small multiples: when not empty, one panel per element (its own title, y scale and
    /// series) in a grid sharing the x axis and the legend, and `series`, `yScale`, `width`
    /// and `height` are not used (the canvas grows with the panels).
    package var panels: [PlotPanel] = []
    /// Stroke opacity of a series' unsmoothed points drawn behind its line.
    package static let unsmoothedOpacity = 0.3

    package init(
        title: String, xTitle: String, yTitle: String, xScale: AxisScale = .linear,
        yScale: AxisScale = .linear, series: [PlotSeries], width: Int = 720, height: Int = 360,
        pointLimit: Int = 1000, legendLimit: Int = 12
    ) {
        self.title = title
        self.xTitle = xTitle
        self.yTitle = yTitle
        self.xScale = xScale
        self.yScale = yScale
        self.series = series
        self.width = width
        self.height = height
        self.pointLimit = pointLimit
        self.legendLimit = legendLimit
    }

    /// A small-multiples plot: one panel per element of `panels`.
    package init(
        title: String, xTitle: String, yTitle: String, xScale: AxisScale = .linear, panels: [PlotPanel],
        pointLimit: Int = 1000, legendLimit: Int = 12
    ) {
        self.init(
            title: title, xTitle: xTitle, yTitle: yTitle, xScale: xScale, series: panels.flatMap(\.series),
            pointLimit: pointLimit, legendLimit: legendLimit)
        self.panels = panels
    }

    /// The SVG document, ending with a newline.
    package func svg() -> String {
        let layout = LinePlotLayout(self)
        let c = NumberText.coordinate
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(layout.width)\" height=\"\(layout.height)\" "
                + "viewBox=\"0 0 \(layout.width) \(layout.height)\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"11\">")
        out.append("<title>\(SVGText.escape(title))</title>")
        out.append("<rect width=\"\(layout.width)\" height=\"\(layout.height)\" fill=\"#ffffff\"/>")
        let titleCenter = panels.isEmpty
            ? layout.panels.first.map { ($0.area.left + $0.area.right) / 2 } ?? 0
            : Double(layout.columns) * LinePlotLayout.panelSize.width / 2
        out.append(
            "<text x=\"\(c(titleCenter))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" "
                + "font-weight=\"bold\">\(SVGText.escape(title))</text>")

        for panel in layout.panels {
            let area = panel.area
            if let panelTitle = panel.title {
                out.append(
                    "<text x=\"\(c((area.left + area.right) / 2))\" y=\"\(c(area.top - 7))\" text-anchor=\"middle\" "
                        + "font-size=\"12\" font-weight=\"bold\">\(SVGText.escape(SVGText.truncated(panelTitle, 44)))</text>")
            }
            out += area.axes()
            if panel.title == nil {
                out += area.titles(x: xTitle, y: yTitle, xTitleY: Double(layout.height) - 10, yTitleX: 14)
            } else {
                out += area.titles(x: xTitle, y: yTitle, xTitleY: area.bottom + 29, yTitleX: area.left - 48)
            }
            out += area.lines(panel.prepared, styles: panel.styles, xScale: xScale, yScale: panel.yScale)
        }

        // Legend: long labels wrap onto up to three lines rather than being cut, so entries stay
        // distinct.
        let legendX = Double(layout.width) - LinePlotLayout.legendWidth
        let entries = layout.legend
        let shown = entries.count > legendLimit ? legendLimit - 1 : entries.count
        out.append("<g fill=\"#333333\">")
        var y = 36.0 + 8
        for entry in entries.prefix(shown) {
            var dash = ""
            if let d = entry.style.dash { dash = " stroke-dasharray=\"\(d)\"" }
            out.append(
                "<line x1=\"\(c(legendX))\" y1=\"\(c(y))\" x2=\"\(c(legendX + 20))\" y2=\"\(c(y))\" "
                    + "stroke=\"\(entry.style.color)\" stroke-width=\"2\"\(dash)/>")
            let lines = SVGText.wrapped(entry.label, width: 30, maxLines: 3).map(SVGText.escape)
            let detail = entry.detail.map { "<title>\(SVGText.escape($0))</title>" } ?? ""
            let text = lines.count == 1
                ? lines[0]
                : lines.enumerated().map { "<tspan x=\"\(c(legendX + 26))\" dy=\"\($0.offset == 0 ? 0 : 13)\">\($0.element)</tspan>" }.joined()
            out.append("<text x=\"\(c(legendX + 26))\" y=\"\(c(y + 4))\">\(detail)\(text)</text>")
            y += 18 + Double(lines.count - 1) * 13
        }
        if shown < entries.count {
            out.append("<text x=\"\(c(legendX + 26))\" y=\"\(c(y + 4))\">+\(entries.count - shown) more</text>")
        }
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Every k-th entry of a band run plus its last, at most about `limit` of them.
    package static func thinBand<T>(_ run: [T], limit: Int) -> [T] {
        guard run.count > limit, limit > 1 else { return run }
        let k = (run.count + limit - 2) / (limit - 1)
        return run.enumerated().filter { $0.offset % k == 0 || $0.offset == run.count - 1 }.map(\.element)
    }
}
