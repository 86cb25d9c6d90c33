/// A line plot of several series rendered as a small, self-contained SVG file: no scripts,
/// no external fonts, so it displays on GitHub. Same input, same bytes.
public struct LinePlot: Sendable {
    public var title: String
    public var xTitle: String
    public var yTitle: String
    public var xScale: AxisScale
    public var yScale: AxisScale
    public var series: [PlotSeries]
    /// Canvas size in pixels.
    public var width: Int
    public var height: Int
    /// Points drawn per series at most (about; see `Downsampler`).
    public var pointLimit: Int
    /// Legend entries shown before `+N more`.
    public var legendLimit: Int

    public init(
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

    /// Layout in pixels: plot area and legend column.
    private var left: Double { 64 }
    private var top: Double { 36 }
    private var legendWidth: Double { 204 }
    private var right: Double { Double(width) - legendWidth - 16 }
    private var bottom: Double { Double(height) - 44 }

    /// The SVG document, ending with a newline.
    public func svg() -> String {
        let thinned = series.map {
            Downsampler.thin($0.points, limit: pointLimit, xScale: xScale, yScale: yScale)
        }
        let drawable = thinned.map { $0.filter { Downsampler.isDrawable($0, xScale, yScale) } }
        let bands = series.map { $0.bandRuns(xScale, yScale).map { Self.thinBand($0, limit: pointLimit) } }
        let bandValues = bands.flatMap { $0.flatMap { $0.flatMap { [$0.low, $0.high] } } }
        let xAxis = Axis(covering: drawable.flatMap { $0.map(\.x) }, scale: xScale)
        let yAxis = Axis(covering: drawable.flatMap { $0.compactMap(\.y) } + bandValues, scale: yScale)
        let c = NumberText.coordinate
        let w = Double(width)
        let h = Double(height)

        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"11\">")
        out.append("<title>\(SVGText.escape(title))</title>")
        out.append("<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>")
        out.append(
            "<text x=\"\(c((left + right) / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" "
                + "font-weight=\"bold\">\(SVGText.escape(title))</text>")

        // Grid and tick labels.
        out.append("<g stroke=\"#e6e6e6\" stroke-width=\"1\">")
        for tick in xAxis.ticks {
            let x = xPixel(tick, xAxis)
            out.append("<line x1=\"\(c(x))\" y1=\"\(c(top))\" x2=\"\(c(x))\" y2=\"\(c(bottom))\"/>")
        }
        for tick in yAxis.ticks {
            let y = yPixel(tick, yAxis)
            out.append("<line x1=\"\(c(left))\" y1=\"\(c(y))\" x2=\"\(c(right))\" y2=\"\(c(y))\"/>")
        }
        out.append("</g>")
        out.append(
            "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" "
                + "height=\"\(c(bottom - top))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>")
        out.append("<g fill=\"#333333\">")
        for tick in xAxis.ticks {
            out.append(
                "<text x=\"\(c(xPixel(tick, xAxis)))\" y=\"\(c(bottom + 15))\" "
                    + "text-anchor=\"middle\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        for tick in yAxis.ticks {
            out.append(
                "<text x=\"\(c(left - 6))\" y=\"\(c(yPixel(tick, yAxis) + 4))\" "
                    + "text-anchor=\"end\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        out.append("</g>")

        // Axis titles.
        out.append(
            "<text x=\"\(c((left + right) / 2))\" y=\"\(c(h - 10))\" text-anchor=\"middle\" "
                + "fill=\"#333333\">\(SVGText.escape(xTitle))</text>")
        let yTitleX = 14.0
        let yTitleY = (top + bottom) / 2
        out.append(
            "<text x=\"\(c(yTitleX))\" y=\"\(c(yTitleY))\" text-anchor=\"middle\" fill=\"#333333\" "
                + "transform=\"rotate(-90 \(c(yTitleX)) \(c(yTitleY)))\">\(SVGText.escape(yTitle))</text>")

        // Lines: one polyline per unbroken run; a run of one point is a dot.
        if drawable.allSatisfy(\.isEmpty) {
            out.append(
                "<text x=\"\(c((left + right) / 2))\" y=\"\(c((top + bottom) / 2))\" "
                    + "text-anchor=\"middle\" fill=\"#777777\">no data</text>")
        }
        // Bands under the lines: a translucent polygon per unbroken run.
        for (index, runs) in bands.enumerated() where !runs.isEmpty {
            out.append("<g fill=\"\(Palette.color(index, series[index]))\" fill-opacity=\"0.15\" stroke=\"none\">")
            for run in runs {
                let upper = run.map { "\(c(xPixel($0.x, xAxis))),\(c(yPixel($0.high, yAxis)))" }
                let lower = run.reversed().map { "\(c(xPixel($0.x, xAxis))),\(c(yPixel($0.low, yAxis)))" }
                out.append("<polygon points=\"\((upper + lower).joined(separator: " "))\"/>")
            }
            out.append("</g>")
        }
        for (index, points) in thinned.enumerated() {
            let color = Palette.color(index, series[index])
            var style = "stroke=\"\(color)\""
            if let dash = Palette.dash(index, series[index]) { style += " stroke-dasharray=\"\(dash)\"" }
            out.append("<g fill=\"none\" stroke-width=\"1.5\" \(style)>")
            for run in runs(points) {
                let coords = run.map { "\(c(xPixel($0.x, xAxis))),\(c(yPixel($0.y ?? 0, yAxis)))" }
                if run.count == 1, let p = run.first {
                    out.append(
                        "<circle cx=\"\(c(xPixel(p.x, xAxis)))\" cy=\"\(c(yPixel(p.y ?? 0, yAxis)))\" "
                            + "r=\"2.5\" fill=\"\(color)\"/>")
                } else {
                    out.append("<polyline points=\"\(coords.joined(separator: " "))\"/>")
                }
            }
            out.append("</g>")
        }

        // Legend: long labels wrap onto up to three lines rather than being cut, so entries stay
        // distinct.
        let legendX = w - legendWidth
        let shown = series.count > legendLimit ? legendLimit - 1 : series.count
        out.append("<g fill=\"#333333\">")
        var y = top + 8
        for index in 0..<shown {
            var dash = ""
            if let d = Palette.dash(index, series[index]) { dash = " stroke-dasharray=\"\(d)\"" }
            out.append(
                "<line x1=\"\(c(legendX))\" y1=\"\(c(y))\" x2=\"\(c(legendX + 20))\" y2=\"\(c(y))\" "
                    + "stroke=\"\(Palette.color(index, series[index]))\" stroke-width=\"2\"\(dash)/>")
            let lines = SVGText.wrapped(series[index].label, width: 30, maxLines: 3).map(SVGText.escape)
            let detail = series[index].detail.map { "<title>\(SVGText.escape($0))</title>" } ?? ""
            let text = lines.count == 1
                ? lines[0]
                : lines.enumerated().map { "<tspan x=\"\(c(legendX + 26))\" dy=\"\($0.offset == 0 ? 0 : 13)\">\($0.element)</tspan>" }.joined()
            out.append("<text x=\"\(c(legendX + 26))\" y=\"\(c(y + 4))\">\(detail)\(text)</text>")
            y += 18 + Double(lines.count - 1) * 13
        }
        if shown < series.count {
            out.append("<text x=\"\(c(legendX + 26))\" y=\"\(c(y + 4))\">+\(series.count - shown) more</text>")
        }
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// Every k-th entry of a band run plus its last, at most about `limit` of them.
    static func thinBand<T>(_ run: [T], limit: Int) -> [T] {
        guard run.count > limit, limit > 1 else { return run }
        let k = (run.count + limit - 2) / (limit - 1)
        return run.enumerated().filter { $0.offset % k == 0 || $0.offset == run.count - 1 }.map(\.element)
    }

    private func xPixel(_ x: Double, _ axis: Axis) -> Double {
        left + axis.fraction(x) * (right - left)
    }

    private func yPixel(_ y: Double, _ axis: Axis) -> Double {
        bottom - axis.fraction(y) * (bottom - top)
    }

    /// Unbroken runs of drawable points.
    private func runs(_ points: [PlotPoint]) -> [[PlotPoint]] {
        var result: [[PlotPoint]] = []
        var run: [PlotPoint] = []
        for p in points {
            if Downsampler.isDrawable(p, xScale, yScale) {
                run.append(p)
            } else if !run.isEmpty {
                result.append(run)
                run = []
            }
        }
        if !run.isEmpty { result.append(run) }
        return result
    }
}
