/// One panel of a small-multiples plot: its own title, y scale and series. Panels of one plot
/// share the x axis and the legend (a label keeps its colour in every panel).
package struct PlotPanel: Sendable, Equatable {
    /// Shown above the panel, e.g. the data set or model the panel's runs used.
    package var title: String
    package var yScale: AxisScale
    package var series: [PlotSeries]

    package init(title: String, yScale: AxisScale = .linear, series: [PlotSeries]) {
        self.title = title
        self.yScale = yScale
        self.series = series
    }
}
