/// Contour lines of a function sampled on a regular grid, by marching squares.
///
/// Each cell's four corners are classed as at or above the level or below it; an edge whose
/// ends differ is crossed at the linearly interpolated point. A saddle cell (two opposite
/// corners above) is resolved by the mean of its corners, so the result never depends on
/// anything but the values. Cells with a non-finite corner are skipped (the line breaks
/// there). Segments are then chained through the edges they share into polylines, walking in
/// cell order, so the same grid gives the same lines, point for point.
package struct MarchingSquares {
    /// Grid x values, increasing; `values[j][i]` is f at (`xs[i]`, `ys[j]`).
    package let xs: [Double]
    package let ys: [Double]
    package let values: [[Double]]

    /// One contour piece: an open polyline, or a closed ring whose last point repeats its first.
    package struct Line: Equatable {
        var points: [(x: Double, y: Double)]
        var isClosed: Bool

        package static func == (a: Line, b: Line) -> Bool {
            a.isClosed == b.isClosed && a.points.count == b.points.count
                && zip(a.points, b.points).allSatisfy { $0.x == $1.x && $0.y == $1.y }
        }
    }

    /// The grid of `function` over `xRange` × `yRange` with `cells` cells on each axis.
    package init(cells: Int, xRange: ClosedRange<Double>, yRange: ClosedRange<Double>, function: ([Double]) -> Double) {
        let n = max(cells, 1)
        xs = (0...n).map { xRange.lowerBound + (xRange.upperBound - xRange.lowerBound) * Double($0) / Double(n) }
        ys = (0...n).map { yRange.lowerBound + (yRange.upperBound - yRange.lowerBound) * Double($0) / Double(n) }
        let xs = xs
        values = ys.map { y in xs.map { x in function([x, y]) } }
    }

    /// The contour of `level`, as chained polylines in a fixed order.
    package func lines(at level: Double) -> [Line] {
        let segments = self.segments(at: level)
        // Each crossed edge joins at most two segments (the two cells that share it).
        var byEdge: [Int: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            byEdge[segment.0, default: []].append(index)
            byEdge[segment.1, default: []].append(index)
        }
        var used = Array(repeating: false, count: segments.count)
        var lines: [Line] = []
        for start in segments.indices where !used[start] {
            used[start] = true
            var chain = [segments[start].0, segments[start].1]
            // Forward from the end, then backward from the start.
            extend(&chain, atEnd: true, segments: segments, byEdge: byEdge, used: &used)
            let closed = chain.count > 2 && chain.first == chain.last
            if !closed { extend(&chain, atEnd: false, segments: segments, byEdge: byEdge, used: &used) }
            lines.append(Line(points: chain.map { point(onEdge: $0, level: level) }, isClosed: closed))
        }
        return lines
    }

    private func extend(
        _ chain: inout [Int], atEnd: Bool, segments: [(Int, Int)], byEdge: [Int: [Int]], used: inout [Bool]
    ) {
        while true {
            guard let edge = atEnd ? chain.last : chain.first,
                let next = byEdge[edge]?.first(where: { !used[$0] })
            else { return }
            used[next] = true
            let other = segments[next].0 == edge ? segments[next].1 : segments[next].0
            if atEnd { chain.append(other) } else { chain.insert(other, at: 0) }
            if chain.first == chain.last { return }
        }
    }

    /// Edge ids: horizontal edge from corner (i, j) to (i+1, j) is `2·(j·columns + i)`, vertical
    /// edge from (i, j) to (i, j+1) is `2·(j·columns + i) + 1`, with `columns` = corners per row.
    private var columns: Int { xs.count }

    private func horizontal(_ i: Int, _ j: Int) -> Int { 2 * (j * columns + i) }
    private func vertical(_ i: Int, _ j: Int) -> Int { 2 * (j * columns + i) + 1 }

    /// The segments of every cell, in row-major cell order, as pairs of crossed edges.
    package func segments(at level: Double) -> [(Int, Int)] {
        var out: [(Int, Int)] = []
        guard xs.count > 1, ys.count > 1 else { return out }
        for j in 0..<(ys.count - 1) {
            for i in 0..<(xs.count - 1) {
                let bl = values[j][i], br = values[j][i + 1], tr = values[j + 1][i + 1], tl = values[j + 1][i]
                guard bl.isFinite, br.isFinite, tr.isFinite, tl.isFinite else { continue }
                let bottom = horizontal(i, j), top = horizontal(i, j + 1)
                let left = vertical(i, j), right = vertical(i + 1, j)
                let code = (bl >= level ? 1 : 0) | (br >= level ? 2 : 0) | (tr >= level ? 4 : 0) | (tl >= level ? 8 : 0)
                switch code {
                case 0, 15: break
                case 1, 14: out.append((left, bottom))
                case 2, 13: out.append((bottom, right))
                case 3, 12: out.append((left, right))
                case 4, 11: out.append((right, top))
                case 6, 9: out.append((bottom, top))
                case 7, 8: out.append((left, top))
                case 5, 10:
                    // Saddle: the centre decides whether the above corners connect.
                    let centreAbove = (bl + br + tr + tl) / 4 >= level
                    if (code == 5) == centreAbove {
                        out.append((left, top))
                        out.append((bottom, right))
                    } else {
                        out.append((left, bottom))
                        out.append((right, top))
                    }
                default: break
                }
            }
        }
        return out
    }

    /// Where `level` crosses edge `id`, by linear interpolation between its corners.
    private func point(onEdge id: Int, level: Double) -> (x: Double, y: Double) {
        let corner = id / 2
        let i = corner % columns, j = corner / columns
        let (i2, j2) = id % 2 == 0 ? (i + 1, j) : (i, j + 1)
        let a = values[j][i], b = values[j2][i2]
        let t = a == b ? 0.5 : min(max((level - a) / (b - a), 0), 1)
        return (xs[i] + t * (xs[i2] - xs[i]), ys[j] + t * (ys[j2] - ys[j]))
    }
}
