/// The drawing inside one set of axes: grid, frame, tick labels, axis titles, bands and lines.
/// `LinePlot` draws one of these for a single plot and one per panel for small multiples.
package struct PlotArea {
    /// The plotting rectangle in pixels.
    package var left: Double
    package var top: Double
    package var right: Double
    package var bottom: Double
    package var xAxis: Axis
    package var yAxis: Axis

    /// A series' points as they are drawn: thinned (`Downsampler`), its drawable subset, its
    /// band runs thinned the same way, and its unsmoothed points (drawn faintly) thinned too.
    package struct Prepared {
        var thinned: [PlotPoint]
        var drawable: [PlotPoint]
        var bands: [[(x: Double, low: Double, high: Double)]]
        var unsmoothed: [PlotPoint]

        init(_ series: PlotSeries, limit: Int, xScale: AxisScale, yScale: AxisScale) {
            thinned = Downsampler.thin(series.points, limit: limit, xScale: xScale, yScale: yScale)
            drawable = thinned.filter { Downsampler.isDrawable($0, xScale, yScale) }
            bands = series.bandRuns(xScale, yScale).map { LinePlot.thinBand($0, limit: limit) }
            unsmoothed = series.unsmoothed.map { Downsampler.thin($0, limit: limit, xScale: xScale, yScale: yScale) } ?? []
        }

        /// Every y value the axis must cover: line, band and faint unsmoothed line.
        func yValues(_ xScale: AxisScale, _ yScale: AxisScale) -> [Double] {
            drawable.compactMap(\.y) + bands.flatMap { $0.flatMap { [$0.low, $0.high] } }
                + unsmoothed.filter { Downsampler.isDrawable($0, xScale, yScale) }.compactMap(\.y)
        }
    }

    /// How one series is stroked.
    package struct Style {
        var color: String
        var dash: String?
    }

    /// Grid lines, frame and tick labels.
    package func axes() -> [String] {
        let c = NumberText.coordinate
        var out: [String] = []
        out.append("<g stroke=\"#e6e6e6\" stroke-width=\"1\">")
        for tick in xAxis.ticks {
            let x = xPixel(tick)
            out.append("<line x1=\"\(c(x))\" y1=\"\(c(top))\" x2=\"\(c(x))\" y2=\"\(c(bottom))\"/>")
        }
        for tick in yAxis.ticks {
            let y = yPixel(tick)
            out.append("<line x1=\"\(c(left))\" y1=\"\(c(y))\" x2=\"\(c(right))\" y2=\"\(c(y))\"/>")
        }
        out.append("</g>")
        out.append(
            "<rect x=\"\(c(left))\" y=\"\(c(top))\" width=\"\(c(right - left))\" "
                + "height=\"\(c(bottom - top))\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1\"/>")
        out.append("<g fill=\"#333333\">")
        for tick in xAxis.ticks {
            out.append(
                "<text x=\"\(c(xPixel(tick)))\" y=\"\(c(bottom + 15))\" "
                    + "text-anchor=\"middle\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        for tick in yAxis.ticks {
            out.append(
                "<text x=\"\(c(left - 6))\" y=\"\(c(yPixel(tick) + 4))\" "
                    + "text-anchor=\"end\">\(SVGText.escape(NumberText.compact(tick)))</text>")
        }
        out.append("</g>")
        return out
    }

    /// The x title centred `below` pixels under the area's top edge of the canvas row, and the
    /// y title rotated at `yTitleX`.
    package func titles(x xTitle: String, y yTitle: String, xTitleY: Double, yTitleX: Double) -> [String] {
        let c = NumberText.coordinate
        let yTitleY = (top + bottom) / 2
        return [
            "<text x=\"\(c((left + right) / 2))\" y=\"\(c(xTitleY))\" text-anchor=\"middle\" "
                + "fill=\"#333333\">\(SVGText.escape(xTitle))</text>",
            "<text x=\"\(c(yTitleX))\" y=\"\(c(yTitleY))\" text-anchor=\"middle\" fill=\"#333333\" "
                + "transform=\"rotate(-90 \(c(yTitleX)) \(c(yTitleY)))\">\(SVGText.escape(yTitle))</text>",
        ]
    }

    /// `no data` when nothing is drawable, then bands, faint unsmoothed lines, and lines: one
    /// polyline per unbroken run, a dot for a run of one point.
    package func lines(_ prepared: [Prepared], styles: [Style], xScale: AxisScale, yScale: AxisScale) -> [String] {
        let c = NumberText.coordinate
        var out: [String] = []
        if prepared.allSatisfy(\.drawable.isEmpty) {
            out.append(
                "<text x=\"\(c((left + right) / 2))\" y=\"\(c((top + bottom) / 2))\" "
                    + "text-anchor=\"middle\" fill=\"#777777\">no data</text>")
        }
        for (index, series) in prepared.enumerated() where !series.bands.isEmpty {
            out.append("<g fill=\"\(styles[index].color)\" fill-opacity=\"0.15\" stroke=\"none\">")
            for run in series.bands {
                let upper = run.map { "\(c(xPixel($0.x))),\(c(yPixel($0.high)))" }
                let lower = run.reversed().map { "\(c(xPixel($0.x))),\(c(yPixel($0.low)))" }
                out.append("<polygon points=\"\((upper + lower).joined(separator: " "))\"/>")
            }
            out.append("</g>")
        }
        for (index, series) in prepared.enumerated() where !series.unsmoothed.isEmpty {
            out.append(
                "<g fill=\"none\" stroke-width=\"1\" stroke-opacity=\"\(LinePlot.unsmoothedOpacity)\" "
                    + "stroke=\"\(styles[index].color)\">")
            out += polylines(series.unsmoothed, color: styles[index].color, xScale: xScale, yScale: yScale)
            out.append("</g>")
        }
        for (index, series) in prepared.enumerated() {
            var style = "stroke=\"\(styles[index].color)\""
            if let dash = styles[index].dash { style += " stroke-dasharray=\"\(dash)\"" }
            out.append("<g fill=\"none\" stroke-width=\"1.5\" \(style)>")
            out += polylines(series.thinned, color: styles[index].color, xScale: xScale, yScale: yScale)
            out.append("</g>")
        }
        return out
    }

    private func polylines(_ points: [PlotPoint], color: String, xScale: AxisScale, yScale: AxisScale) -> [String] {
        let c = NumberText.coordinate
        return Self.runs(points, xScale, yScale).map { run in
            if run.count == 1, let p = run.first {
                return "<circle cx=\"\(c(xPixel(p.x)))\" cy=\"\(c(yPixel(p.y ?? 0)))\" r=\"2.5\" fill=\"\(color)\"/>"
            }
            return "<polyline points=\"\(run.map { "\(c(xPixel($0.x))),\(c(yPixel($0.y ?? 0)))" }.joined(separator: " "))\"/>"
        }
    }

    package func xPixel(_ x: Double) -> Double {
        left + xAxis.fraction(x) * (right - left)
    }

    package func yPixel(_ y: Double) -> Double {
        bottom - yAxis.fraction(y) * (bottom - top)
    }

    /// Unbroken runs of drawable points.
    package static func runs(_ points: [PlotPoint], _ xScale: AxisScale, _ yScale: AxisScale) -> [[PlotPoint]] {
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
