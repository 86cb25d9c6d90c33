import LRTrial

/// Compares two learning curves column by column.
package enum CurveComparison {
    /// Every column of either curve, old order first; empty when both are missing.
    package static func compare(_ old: CurveTable?, _ new: CurveTable?, options: DiffOptions) -> [BundleDiff.CurveChange] {
        guard old != nil || new != nil else { return [] }
        var columns: [String] = []
        for column in (old?.columns ?? []) + (new?.columns ?? []) where !columns.contains(column) { columns.append(column) }
        let steps = (new ?? old)?.column("step")
        return columns.map { column in
            let a = old?.column(column)
            let b = new?.column(column)
            var first: Int?
            var largest: Double?
            let rows = max(a?.count ?? 0, b?.count ?? 0)
            for row in 0..<rows {
                let x = a.flatMap { row < $0.count ? $0[row] : nil }
                let y = b.flatMap { row < $0.count ? $0[row] : nil }
                let outside = (a != nil && row >= a!.count) != (b != nil && row >= b!.count) || a == nil || b == nil
                if first == nil && (outside || !options.same(x, y)) {
                    let step = steps.flatMap { row < $0.count ? $0[row] : nil }
                    first = step.flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil } ?? row
                }
                if let x, let y, x.isFinite, y.isFinite { largest = max(largest ?? 0, abs(x - y)) }
            }
            return BundleDiff.CurveChange(
                column: column, firstStep: first, maxAbsolute: largest, oldRows: a?.count, newRows: b?.count)
        }
    }
}
