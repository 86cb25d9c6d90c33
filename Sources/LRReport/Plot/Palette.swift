/// Series colours: the ten-colour "Tableau 10" palette (as in matplotlib's `tab10`), which
/// stays distinguishable for most colour-vision deficiencies; later series repeat the colours
/// dashed or dotted.
package enum Palette {
    package static let colors = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    /// Dash patterns: solid, dashed, dotted, dash-dot.
    package static let dashes: [String?] = [nil, "6 3", "2 2", "8 3 2 3"]

    /// The colour of series `index` (or of its explicit `color`).
    package static func color(_ index: Int, _ series: PlotSeries? = nil) -> String {
        colors[(series?.color ?? index) % colors.count]
    }

    /// The dash pattern of series `index`: its explicit `dash`, else solid for the first round
    /// of colours and dashed, then dotted, after. Nil means solid.
    package static func dash(_ index: Int, _ series: PlotSeries? = nil) -> String? {
        if let dash = series?.dash { return dashes[dash % dashes.count] }
        return dashes[(index / colors.count) % 3]
    }
}
