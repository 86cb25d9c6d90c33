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

    public init(label: String, points: [PlotPoint], color: Int? = nil, dash: Int? = nil) {
        self.label = label
        self.points = points
        self.color = color
        self.dash = dash
    }
}
