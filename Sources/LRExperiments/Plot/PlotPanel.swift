/// One panel of a small-multiples plot: its own title, y scale and series. Panels of one plot
/// share the x axis and the legend (a label keeps its colour in every panel).
public struct PlotPanel: Sendable, Equatable {
    /// Shown above the panel, e.g. the data set or model the panel's runs used.
    public var title: String
    public var yScale: AxisScale
    public var series: [PlotSeries]

    public init(title: String, yScale: AxisScale = .linear, series: [PlotSeries]) {
        self.title = title
        self.yScale = yScale
        self.series = series
    }
}
