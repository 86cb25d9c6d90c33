/// Series colours: the ten-colour "Tableau 10" palette (as in matplotlib's `tab10`), which
/// stays distinguishable for most colour-vision deficiencies; later series repeat the colours
/// dashed.
enum Palette {
    static let colors = [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ]

    static func color(_ index: Int) -> String { colors[index % colors.count] }

    /// Nil for the first round of colours, a dash pattern after.
    static func dash(_ index: Int) -> String? {
        switch (index / colors.count) % 3 {
        case 0: nil
        case 1: "6 3"
        default: "2 2"
        }
    }
}
