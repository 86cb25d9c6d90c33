/// Where everything of a `LinePlot` goes: its panels (one for a plain plot) with their axes and
/// the points as drawn, and the legend. The SVG and the Vega-Lite spec are both written from
/// this, so they show the same points.
package struct LinePlotLayout {
    package struct Panel {
        /// Nil for a plain plot (the plot's title is the only one).
        var title: String?
        var yScale: AxisScale
        var series: [PlotSeries]
        var prepared: [PlotArea.Prepared]
        var styles: [PlotArea.Style]
        var area: PlotArea
    }

    package struct LegendEntry {
        var label: String
        var detail: String?
        var style: PlotArea.Style
    }

    package var panels: [Panel]
    /// One entry per distinct label, in first-seen order.
    package var legend: [LegendEntry]
    package var width: Int
    package var height: Int
    /// Panels per row.
    package var columns: Int

    /// Pixels of one small-multiples panel, including its title and axis labels.
    package static let panelSize = (width: 300.0, height: 220.0)
    package static let legendWidth = 204.0
    package static let titleHeight = 36.0

    /// Panels per row: two up to four panels, three beyond.
    package static func columns(for count: Int) -> Int {
        count <= 1 ? 1 : count <= 4 ? 2 : 3
    }

    package init(_ plot: LinePlot) {
        if plot.panels.isEmpty {
            self.init(single: plot)
        } else {
            self.init(panels: plot)
        }
    }

    private init(single plot: LinePlot) {
        let prepared = plot.series.map {
            PlotArea.Prepared($0, limit: plot.pointLimit, xScale: plot.xScale, yScale: plot.yScale)
        }
        let xAxis = Axis(covering: prepared.flatMap { $0.drawable.map(\.x) }, scale: plot.xScale)
        let yAxis = Axis(covering: prepared.flatMap { $0.yValues(plot.xScale, plot.yScale) }, scale: plot.yScale)
        let area = PlotArea(
            left: 64, top: 36, right: Double(plot.width) - Self.legendWidth - 16, bottom: Double(plot.height) - 44,
            xAxis: xAxis, yAxis: yAxis)
        let styles = plot.series.enumerated().map {
            PlotArea.Style(color: Palette.color($0.offset, $0.element), dash: Palette.dash($0.offset, $0.element))
        }
        panels = [Panel(title: nil, yScale: plot.yScale, series: plot.series, prepared: prepared, styles: styles, area: area)]
        legend = zip(plot.series, styles).map { LegendEntry(label: $0.label, detail: $0.detail, style: $1) }
        width = plot.width
        height = plot.height
        columns = 1
    }

    private init(panels plotPanels: [PlotPanel], plot: LinePlot) {
        // Colours by legend position, so a label has the same colour in every panel.
        var order: [String] = []
        var firstSeries: [String: PlotSeries] = [:]
        for series in plotPanels.flatMap(\.series) where firstSeries[series.label] == nil {
            order.append(series.label)
            firstSeries[series.label] = series
        }
        var styleOf: [String: PlotArea.Style] = [:]
        for (index, label) in order.enumerated() {
            let series = firstSeries[label]
            styleOf[label] = PlotArea.Style(color: Palette.color(index, series), dash: Palette.dash(index, series))
        }
        legend = order.map { label in
            LegendEntry(
                label: label, detail: firstSeries[label]?.detail,
                style: styleOf[label] ?? PlotArea.Style(color: Palette.colors[0], dash: nil))
        }

        let size = Self.panelSize
        // About two points per horizontal pixel of a panel.
        let limit = min(plot.pointLimit, Int(2 * (size.width - 72)))
        let prepared = plotPanels.map { panel in
            panel.series.map { PlotArea.Prepared($0, limit: limit, xScale: plot.xScale, yScale: panel.yScale) }
        }
        let xAxis = Axis(covering: prepared.flatMap { $0.flatMap { $0.drawable.map(\.x) } }, scale: plot.xScale)
        columns = Self.columns(for: plotPanels.count)
        let rows = (plotPanels.count + columns - 1) / columns
        width = Int(Double(columns) * size.width + Self.legendWidth + 16)
        height = Int(Self.titleHeight + Double(rows) * size.height + 8)
        var panels: [Panel] = []
        for (index, panel) in plotPanels.enumerated() {
            let x = Double(index % columns) * size.width
            let y = Self.titleHeight + Double(index / columns) * size.height
            let yAxis = Axis(
                covering: prepared[index].flatMap { $0.yValues(plot.xScale, panel.yScale) }, scale: panel.yScale)
            let area = PlotArea(
                left: x + 60, top: y + 22, right: x + size.width - 12, bottom: y + size.height - 36,
                xAxis: xAxis, yAxis: yAxis)
            let styles = panel.series.map { styleOf[$0.label] ?? PlotArea.Style(color: Palette.colors[0], dash: nil) }
            panels.append(
                Panel(title: panel.title, yScale: panel.yScale, series: panel.series, prepared: prepared[index],
                      styles: styles, area: area))
        }
        self.panels = panels
    }

    private init(panels plot: LinePlot) {
        self.init(panels: plot.panels, plot: plot)
    }
}
