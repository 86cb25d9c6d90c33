/// One point of a line; a nil or non-finite `y` (or non-finite `x`) breaks the line there.
package struct PlotPoint: Sendable, Equatable {
    package var x: Double
    package var y: Double?

    package init(x: Double, y: Double?) {
        self.x = x
        self.y = y
    }
}

/// A band's bounds at one point, for bands that are not symmetric (e.g. percentiles).
package struct PlotInterval: Sendable, Equatable {
    package var low: Double
    package var high: Double

    package init(low: Double, high: Double) {
        self.low = low
        self.high = high
    }
}

/// One named line of a plot.
package struct PlotSeries: Sendable, Equatable {
    /// Shown in the legend.
    package var label: String
    package var points: [PlotPoint]
    /// Palette colour; nil means the series' position in the plot.
    package var color: Int?
    /// Dash pattern (0 solid, then dashed, dotted, dash-dot); nil means solid for the first ten
    /// series and dashed or dotted when the palette's colours repeat.
    package var dash: Int?
    /// The spread drawn as a band of ±`spread[i]` around `points[i]` (e.g. the standard
    /// deviation over seeds); nil entries, or a nil list, draw no band there.
    package var spread: [Double?]?
    /// A band from `bounds[i].low` to `bounds[i].high` at `points[i]`, drawn instead of
    /// `spread` when set; nil entries draw no band there.
    package var bounds: [PlotInterval?]?
    /// The full description shown as the legend entry's tooltip (e.g. the whole assignment).
    package var detail: String?
    /// The points before smoothing, drawn faintly behind the (smoothed) line, as TensorBoard
    /// does; nil when the line is not smoothed.
    package var unsmoothed: [PlotPoint]?

    package init(
        label: String, points: [PlotPoint], color: Int? = nil, dash: Int? = nil, spread: [Double?]? = nil,
        bounds: [PlotInterval?]? = nil, detail: String? = nil, unsmoothed: [PlotPoint]? = nil
    ) {
        self.label = label
        self.points = points
        self.color = color
        self.dash = dash
        self.spread = spread
        self.bounds = bounds
        self.detail = detail
        self.unsmoothed = unsmoothed
    }

    /// The band's bounds at point `i`: `bounds[i]`, else ±`spread[i]` around the value.
    private func band(at i: Int) -> (low: Double, high: Double)? {
        if let bounds {
            return i < bounds.count ? bounds[i].map { ($0.low, $0.high) } : nil
        }
        guard let spread, i < spread.count, let s = spread[i], let y = points[i].y else { return nil }
        return (y - s, y + s)
    }

    /// The band's runs: consecutive points with a finite value and band whose bounds both
    /// fit the y scale, as (x, low, high).
    package func bandRuns(_ xScale: AxisScale, _ yScale: AxisScale) -> [[(x: Double, low: Double, high: Double)]] {
        guard spread != nil || bounds != nil else { return [] }
        var runs: [[(x: Double, low: Double, high: Double)]] = []
        var run: [(x: Double, low: Double, high: Double)] = []
        for (i, p) in points.enumerated() {
            if let y = p.y, let (low, high) = band(at: i), y.isFinite, low.isFinite, high.isFinite, xScale.accepts(p.x),
                yScale.accepts(low), yScale.accepts(high)
            {
                run.append((p.x, low, high))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }
}
