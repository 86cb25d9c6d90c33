/// Holm's step-down correction for multiple comparisons (Holm, 1979, "A simple sequentially
/// rejective multiple test procedure"), as `statsmodels.stats.multitest.multipletests(p,
/// method="holm")` computes it: with the m p-values sorted ascending, the i-th (1-based)
/// becomes min(1, max over j ≤ i of (m − j + 1)·p₍ⱼ₎). Rejecting where the adjusted value is
/// below α keeps the chance of any false "beyond seed noise" among the m tests at most α.
package enum Holm {
    /// The adjusted p-values, in the order given; ties keep their order.
    package static func adjust(_ p: [Double]) -> [Double] {
        let m = Double(p.count)
        let order = p.indices.sorted { p[$0] < p[$1] || (p[$0] == p[$1] && $0 < $1) }
        var adjusted = p
        var running = 0.0
        for (rank, index) in order.enumerated() {
            running = max(running, min(1, (m - Double(rank)) * p[index]))
            adjusted[index] = running
        }
        return adjusted
    }
}
