/// One point of a line; a nil or non-finite `y` (or non-finite `x`) breaks the line there.
public struct PlotPoint: Sendable, Equatable {
    public var x: Double
    public var y: Double?

    public init(x: Double, y: Double?) {
        self.x = x
        self.y = y
    }
}

/// One named line of a plot.
public struct PlotSeries: Sendable, Equatable {
    /// Shown in the legend.
    public var label: String
    public var points: [PlotPoint]
    /// Palette colour; nil means the series' position in the plot.
    public var color: Int?
    /// Dash pattern (0 solid, then dashed, dotted, dash-dot); nil means solid for the first ten
    /// series and dashed or dotted when the palette's colours repeat.
    public var dash: Int?
    /// The spread drawn as a band of ±`spread[i]` around `points[i]` (e.g. the standard
    /// deviation over seeds); nil entries, or a nil list, draw no band there.
    public var spread: [Double?]?
    /// The full description shown as the legend entry's tooltip (e.g. the whole assignment).
    public var detail: String?

    public init(
        label: String, points: [PlotPoint], color: Int? = nil, dash: Int? = nil, spread: [Double?]? = nil,
        detail: String? = nil
    ) {
        self.label = label
        self.points = points
        self.color = color
        self.dash = dash
        self.spread = spread
        self.detail = detail
    }

    /// The band's runs: consecutive points with a finite value and spread whose bounds both
    /// fit the y scale, as (x, low, high).
    func bandRuns(_ xScale: AxisScale, _ yScale: AxisScale) -> [[(x: Double, low: Double, high: Double)]] {
        guard let spread else { return [] }
        var runs: [[(x: Double, low: Double, high: Double)]] = []
        var run: [(x: Double, low: Double, high: Double)] = []
        for (i, p) in points.enumerated() {
            if let y = p.y, i < spread.count, let s = spread[i], y.isFinite, s.isFinite, xScale.accepts(p.x),
                yScale.accepts(y - s), yScale.accepts(y + s)
            {
                run.append((p.x, y - s, y + s))
            } else if !run.isEmpty {
                runs.append(run)
                run = []
            }
        }
        if !run.isEmpty { runs.append(run) }
        return runs
    }
}
