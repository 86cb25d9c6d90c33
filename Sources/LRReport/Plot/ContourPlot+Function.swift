extension ContourPlot.Panel {
    /// Grid cells per axis the contours are traced on.
    package static let gridCells = 80

    /// A panel of `function` (of two coordinates) with `paths` over it and `minima` marked.
    ///
    /// The range covers the minima and every path's points (its start always), but reaches
    /// beyond the box of minima and starts by at most twice that box's larger side on each
    /// side, so one run that blew up does not shrink the map to a dot; each axis is then
    /// padded by 5 % and rounded out to nice ticks. The function is sampled on a fixed
    /// ``gridCells`` × ``gridCells`` grid over that range and traced at ``ContourLevels``.
    package init(title: String, paths: [PlotSeries], minima: [PlotPoint], function: ([Double]) -> Double) {
        let starts = paths.compactMap { $0.points.first(where: { $0.y.map(\.isFinite) ?? false && $0.x.isFinite }) }
        let core = (starts + minima).compactMap { p in p.y.map { (x: p.x, y: $0) } }.filter { $0.x.isFinite && $0.y.isFinite }
        let coreX = Self.bounds(core.map(\.x))
        let coreY = Self.bounds(core.map(\.y))
        let side = max(coreX.upperBound - coreX.lowerBound, coreY.upperBound - coreY.lowerBound, 1e-6)
        let reachX = (coreX.lowerBound - 2 * side)...(coreX.upperBound + 2 * side)
        let reachY = (coreY.lowerBound - 2 * side)...(coreY.upperBound + 2 * side)
        var xs = core.map(\.x)
        var ys = core.map(\.y)
        for path in paths {
            for p in path.points {
                guard let y = p.y, reachX.contains(p.x), reachY.contains(y) else { continue }
                xs.append(p.x)
                ys.append(y)
            }
        }
        let x = Self.axis(Self.bounds(xs))
        let y = Self.axis(Self.bounds(ys))
        let grid = MarchingSquares(
            cells: Self.gridCells, xRange: x.lower...x.upper, yRange: y.lower...y.upper, function: function)
        let levels = ContourLevels.levels(grid.values.flatMap { $0 })
        let contours = levels.map { level in
            ContourPlot.Contour(
                level: level, lines: grid.lines(at: level).map { $0.points.map { PlotPoint(x: $0.x, y: $0.y) } })
        }
        self.init(title: title, x: x, y: y, contours: contours, paths: paths, minima: minima)
    }

    /// The smallest range holding `values` ([0, 1] when empty).
    package static func bounds(_ values: [Double]) -> ClosedRange<Double> {
        guard let low = values.min(), let high = values.max() else { return 0...1 }
        return low...high
    }

    /// `range` padded by 5 % on each side (by 1 when it is a single value), with nice ticks.
    package static func axis(_ range: ClosedRange<Double>) -> Axis {
        let width = range.upperBound - range.lowerBound
        let pad = width > 0 ? width * 0.05 : 1
        return Axis(covering: [range.lowerBound - pad, range.upperBound + pad], scale: .linear)
    }
}
