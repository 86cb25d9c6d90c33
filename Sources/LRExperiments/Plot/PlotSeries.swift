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

    public init(label: String, points: [PlotPoint]) {
        self.label = label
        self.points = points
    }
}
