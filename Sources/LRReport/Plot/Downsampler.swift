/// Thins long series so plot files stay small, deterministically.
package enum Downsampler {
    /// The points to draw, at most about `limit` of them: the series is split at breaks
    /// (points that cannot be drawn), and each run keeps every k-th point plus its last, with k
    /// chosen from the whole series' count. Breaks are kept as single nil points.
    package static func thin(
        _ points: [PlotPoint], limit: Int, xScale: AxisScale = .linear, yScale: AxisScale = .linear
    ) -> [PlotPoint] {
        let drawable = points.filter { isDrawable($0, xScale, yScale) }.count
        guard drawable > limit, limit > 1 else { return points }
        let k = (drawable + limit - 2) / (limit - 1)
        var out: [PlotPoint] = []
        var run: [PlotPoint] = []
        func flush() {
            for (i, p) in run.enumerated() where i % k == 0 || i == run.count - 1 { out.append(p) }
            run.removeAll()
        }
        for p in points {
            if isDrawable(p, xScale, yScale) {
                run.append(p)
            } else {
                flush()
                if out.last.map({ isDrawable($0, xScale, yScale) }) ?? false { out.append(PlotPoint(x: p.x, y: nil)) }
            }
        }
        flush()
        return out
    }

    /// Whether both coordinates can be placed on their axes.
    package static func isDrawable(_ p: PlotPoint, _ xScale: AxisScale, _ yScale: AxisScale) -> Bool {
        guard let y = p.y else { return false }
        return xScale.accepts(p.x) && yScale.accepts(y)
    }
}
