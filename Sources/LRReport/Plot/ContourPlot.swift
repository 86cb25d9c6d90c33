/// Contour maps of two-coordinate functions with paths drawn over them, one panel per map,
/// rendered as a self-contained SVG (no scripts, no external fonts) like ``LinePlot``.
/// Same input, same bytes.
package struct ContourPlot: Sendable {
    /// The lines of one contour level.
    package struct Contour: Sendable, Equatable {
        var level: Double
        /// Polylines (closed rings repeat their first point last).
        var lines: [[PlotPoint]]
    }

    /// One map: axes, contours, paths and marked minima.
    package struct Panel: Sendable {
        var title: String
        var x: Axis
        var y: Axis
        var contours: [Contour]
        /// Each path's points in order (`y` the second coordinate); labels go to the legend.
        var paths: [PlotSeries]
        var minima: [PlotPoint]
    }

    package var title: String
    package var xTitle: String
    package var yTitle: String
    package var panels: [Panel]
    /// Points drawn per path at most (about; see `Downsampler`).
    package var pointLimit = 200

    /// Layout in pixels: each panel a square plot area with its legend below.
    package static let plotSize = 300.0
    package static let left = 56.0
    package static let right = 24.0
    package static let header = 56.0
    package static let panelTitle = 24.0
    package static let axisBelow = 40.0
    package static let legendLine = 14.0
    package static let legendWidth = 52
    package static let columns = 2

    /// The panel's path points to draw: thinned, and broken where they leave the panel by more
    /// than its own size (a run that blew up), so no coordinate grows without bound.
    package func drawable(_ path: PlotSeries, in panel: Panel) -> [PlotPoint] {
        let width = panel.x.upper - panel.x.lower
        let height = panel.y.upper - panel.y.lower
        let near = path.points.map { p -> PlotPoint in
            guard let y = p.y, p.x.isFinite, y.isFinite, p.x >= panel.x.lower - width, p.x <= panel.x.upper + width,
                y >= panel.y.lower - height, y <= panel.y.upper + height
            else { return PlotPoint(x: p.x.isFinite ? p.x : 0, y: nil) }
            return p
        }
        return Downsampler.thin(near, limit: pointLimit)
    }

    /// Legend lines of each panel's entries.
    private func legendLines(_ panel: Panel) -> [[String]] {
        panel.paths.map { SVGText.wrapped($0.label, width: Self.legendWidth, maxLines: 2) }
    }

    /// The SVG document, ending with a newline.
    package func svg() -> String {
        let c = NumberText.coordinate
        let columnCount = min(Self.columns, max(panels.count, 1))
        let rowCount = (panels.count + columnCount - 1) / columnCount
        let legendHeight = (panels.map { legendLines($0).reduce(0) { $0 + $1.count } }.max() ?? 0)
        let cellWidth = Self.left + Self.plotSize + Self.right
        let cellHeight = Self.panelTitle + Self.plotSize + Self.axisBelow + Double(legendHeight) * Self.legendLine + 12
        let width = Int(cellWidth) * columnCount
        let height = Int(Self.header + cellHeight * Double(max(rowCount, 1)))

        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
                + "viewBox=\"0 0 \(width) \(height)\" font-family=\"Helvetica, Arial, sans-serif\" "
                + "font-size=\"11\">")
        out.append("<title>\(SVGText.escape(title))</title>")
        out.append("<rect width=\"\(width)\" height=\"\(height)\" fill=\"#ffffff\"/>")
        out.append(
            "<text x=\"\(c(Double(width) / 2))\" y=\"22\" text-anchor=\"middle\" font-size=\"14\" "
                + "font-weight=\"bold\">\(SVGText.escape(title))</text>")
        out += markerKey(y: 42, centre: Double(width) / 2)
        if panels.isEmpty {
            out.append("<text x=\"\(c(Double(width) / 2))\" y=\"\(c(Self.header + 20))\" text-anchor=\"middle\" fill=\"#777777\">no data</text>")
        }
        for (index, panel) in panels.enumerated() {
            let originX = Double(index % columnCount) * cellWidth
            let originY = Self.header + Double(index / columnCount) * cellHeight
            out += draw(panel, index: index, originX: originX, originY: originY)
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// The key to the markers, centred at the top (about 300 pixels wide).
    private func markerKey(y: Double, centre: Double) -> [String] {
        let c = NumberText.coordinate
        let x = max(12, centre - 150)
        return [
            "<g fill=\"#333333\">",
            "<circle cx=\"\(c(x))\" cy=\"\(c(y - 4))\" r=\"4\" fill=\"#ffffff\" stroke=\"#333333\" stroke-width=\"1.5\"/>",
            "<text x=\"\(c(x + 8))\" y=\"\(c(y))\">start</text>",
            "<circle cx=\"\(c(x + 50))\" cy=\"\(c(y - 4))\" r=\"4\" fill=\"#333333\"/>",
            "<text x=\"\(c(x + 58))\" y=\"\(c(y))\">end</text>",
            Self.cross(x: x + 94, y: y - 4, size: 4),
            "<text x=\"\(c(x + 102))\" y=\"\(c(y))\">known minimum</text>",
            "<line x1=\"\(c(x + 200))\" y1=\"\(c(y - 4))\" x2=\"\(c(x + 216))\" y2=\"\(c(y - 4))\" stroke=\"#9aa5b1\" stroke-width=\"1\"/>",
            "<text x=\"\(c(x + 222))\" y=\"\(c(y))\">contour of f</text>",
            "</g>",
        ]
    }

    /// A black × centred at (`x`, `y`).
    package static func cross(x: Double, y: Double, size: Double) -> String {
        let c = NumberText.coordinate
        return "<path d=\"M\(c(x - size)) \(c(y - size))L\(c(x + size)) \(c(y + size))M\(c(x - size)) \(c(y + size))"
            + "L\(c(x + size)) \(c(y - size))\" stroke=\"#000000\" stroke-width=\"2\" fill=\"none\"/>"
    }

    private func draw(_ panel: Panel, index: Int, originX: Double, originY: Double) -> [String] {
        let c = NumberText.coordinate
        let left = originX + Self.left
        let top = originY + Self.panelTitle
        let size = Self.plotSize
        let bottom = top + size
        let px = { (x: Double) in left + panel.x.fraction(x) * size }
        let py = { (y: Double) in bottom - panel.y.fraction(y) * size }
        let clip = "panel\(index)"
        var out: [String] = []
        out.append(
            "<text x=\"\(c(left + size / 2))\" y=\"\(c(top - 8))\" text-anchor=\"middle\" font-size=\"12\" "
                + "font-weight=\"bold\">\(SVGText.escape(panel.title))</text>")
        out.append("<clipPath id=\"\(clip)\"><rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(size))\" height=\"\(c(size))\"/></clipPath>")

        // Contours under everything, darker for lower levels.
        out.append("<g clip-path=\"url(#\(clip))\" fill=\"none\" stroke-width=\"1\">")
        for (rank, contour) in panel.contours.enumerated() {
            let shade = Self.contourColor(rank: rank, of: panel.contours.count)
            for line in contour.lines where line.count > 1 {
                let points = line.map { "\(c(px($0.x))),\(c(py($0.y ?? 0)))" }.joined(separator: " ")
                out.append("<polyline points=\"\(points)\" stroke=\"\(shade)\"/>")
            }
        }
        out.append("</g>")

        // Frame, ticks and axis titles.
        out.append("<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(size))\" height=\"\(c(size))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>")
        out.append("<g fill=\"#333333\">")
        for tick in panel.x.ticks {
            out.append(
                "<text x=\"\(c(px(tick)))\" y=\"\(c(bottom + 15))\" text-anchor=\"middle\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        for tick in panel.y.ticks {
            out.append(
                "<text x=\"\(c(left - 6))\" y=\"\(c(py(tick) + 4))\" text-anchor=\"end\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        out.append("<text x=\"\(c(left + size / 2))\" y=\"\(c(bottom + 31))\" text-anchor=\"middle\">\(SVGText.escape(xTitle))</text>")
        let yTitleX = originX + 14
        let yTitleY = top + size / 2
        out.append(
            "<text x=\"\(c(yTitleX))\" y=\"\(c(yTitleY))\" text-anchor=\"middle\" "
                + "transform=\"rotate(-90 \(c(yTitleX)) \(c(yTitleY)))\">\(SVGText.escape(yTitle))</text>")
        out.append("</g>")

        // Paths, their start and end, then the minima on top.
        out.append("<g clip-path=\"url(#\(clip))\">")
        for (rank, path) in panel.paths.enumerated() {
            let color = Palette.color(rank, path)
            let points = drawable(path, in: panel)
            out.append("<g fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\">")
            for run in Self.runs(points) where run.count > 1 {
                out.append("<polyline points=\"\(run.map { "\(c(px($0.x))),\(c(py($0.y ?? 0)))" }.joined(separator: " "))\"/>")
            }
            out.append("</g>")
            let drawn = points.filter { $0.y != nil }
            if let first = drawn.first, let y = first.y {
                out.append("<circle cx=\"\(c(px(first.x)))\" cy=\"\(c(py(y)))\" r=\"4\" fill=\"#ffffff\" stroke=\"\(color)\" stroke-width=\"1.5\"/>")
            }
            if let last = drawn.last, let y = last.y {
                out.append("<circle cx=\"\(c(px(last.x)))\" cy=\"\(c(py(y)))\" r=\"3.5\" fill=\"\(color)\"/>")
            }
        }
        for minimum in panel.minima {
            guard let y = minimum.y else { continue }
            out.append(Self.cross(x: px(minimum.x), y: py(y), size: 5))
        }
        out.append("</g>")

        // Legend below the axis: one entry per path, its full description as a tooltip.
        out.append("<g fill=\"#333333\">")
        var y = bottom + Self.axisBelow + 8
        for (rank, path) in panel.paths.enumerated() {
            out.append(
                "<line x1=\"\(c(left))\" y1=\"\(c(y - 4))\" x2=\"\(c(left + 20))\" y2=\"\(c(y - 4))\" "
                    + "stroke=\"\(Palette.color(rank, path))\" stroke-width=\"2\"/>")
            let lines = SVGText.wrapped(path.label, width: Self.legendWidth, maxLines: 2).map(SVGText.escape)
            let detail = path.detail.map { "<title>\(SVGText.escape($0))</title>" } ?? ""
            let text = lines.count == 1
                ? lines[0]
                : lines.enumerated().map { "<tspan x=\"\(c(left + 26))\" dy=\"\($0.offset == 0 ? 0 : Self.legendLine)\">\($0.element)</tspan>" }.joined()
            out.append("<text x=\"\(c(left + 26))\" y=\"\(c(y))\">\(detail)\(text)</text>")
            y += Self.legendLine * Double(lines.count)
        }
        out.append("</g>")
        return out
    }

    /// Contour colours from dark (lowest level) to light (highest), one blue-grey hue.
    package static func contourColor(rank: Int, of count: Int) -> String {
        let t = count > 1 ? Double(rank) / Double(count - 1) : 0
        let channel = { (dark: Double, light: Double) -> String in
            let value = Int((dark + (light - dark) * t).rounded())
            let hex = String(min(max(value, 0), 255), radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }
        return "#" + channel(0x4a, 0xc8) + channel(0x5a, 0xcf) + channel(0x6e, 0xd8)
    }

    /// Unbroken runs of points with a value.
    package static func runs(_ points: [PlotPoint]) -> [[PlotPoint]] {
        var result: [[PlotPoint]] = []
        var run: [PlotPoint] = []
        for p in points {
            if p.y != nil {
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
