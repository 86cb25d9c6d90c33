import Foundation
import LREngine

/// The Wilcoxon signed-rank test of paired samples (Wilcoxon, 1945), as
/// `scipy.stats.wilcoxon(a, b)` performs it by default: zero differences are dropped, tied
/// |differences| share their average rank, and the two-sided p-value is
/// 2·min(P(R⁺ ≥ r⁺), P(R⁺ ≤ r⁺)) under random signs.
///
/// That distribution is counted exactly when there are no ties or zeros and n ≤ 50, or when
/// there are and n ≤ 13 (SciPy's permutation test, which enumerates all 2ⁿ signs there);
/// otherwise the normal approximation with the tie-corrected variance is used, without
/// continuity correction. Unlike the t-test it assumes nothing about the shape of the
/// differences, and it shows what a handful of seeds can prove: with 5 seeds that all agree the
/// smallest two-sided p is 2/2⁵ = 0.0625.
package struct WilcoxonSignedRank: Sendable, Equatable {
    /// min(R⁺, R⁻), the statistic SciPy reports for the two-sided test.
    package var statistic: Double
    /// Two-sided p-value.
    package var p: Double
    /// Whether `p` was counted exactly (else the normal approximation).
    package var exact: Bool

    /// The test of `a` against `b`, matched by position; nil for different lengths, fewer than
    /// two pairs or a value that is not finite. All-zero differences give p = 1.
    package init?(_ a: [Double], _ b: [Double]) {
        guard a.count == b.count, a.count >= 2, (a + b).allSatisfy(\.isFinite) else { return nil }
        let differences = zip(a, b).map { $0 - $1 }
        let nonzero = differences.filter { $0 != 0 }
        guard !nonzero.isEmpty else {
            (statistic, p, exact) = (0, 1, true)
            return
        }
        let doubled = Self.doubledRanks(nonzero.map(abs))
        let plus = zip(nonzero, doubled).reduce(0) { $0 + ($1.0 > 0 ? $1.1 : 0) }
        let total = doubled.reduce(0, +)
        statistic = Double(min(plus, total - plus)) / 2
        let ties = Set(doubled).count < doubled.count
        let zeros = nonzero.count < differences.count
        if (!ties && !zeros && nonzero.count <= 50) || ((ties || zeros) && differences.count <= 13) {
            exact = true
            p = Self.exactP(doubledPlus: plus, doubledRanks: doubled)
        } else {
            exact = false
            p = Self.normalP(doubledPlus: plus, doubledRanks: doubled)
        }
    }

    /// Twice the average rank of each value (1-based), so tied ranks stay integers.
    package static func doubledRanks(_ values: [Double]) -> [Int] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = [Int](repeating: 0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && values[order[end + 1]] == values[order[start]] { end += 1 }
            for position in start...end { ranks[order[position]] = (start + 1) + (end + 1) }
            start = end + 1
        }
        return ranks
    }

    /// 2·min(P(R⁺ ≥ r), P(R⁺ ≤ r)) over the 2ⁿ equally likely signs, counted by the sums they
    /// reach (at most n(n+1) in doubled ranks, so a short table).
    package static func exactP(doubledPlus: Int, doubledRanks: [Int]) -> Double {
        let total = doubledRanks.reduce(0, +)
        var ways = [Double](repeating: 0, count: total + 1)
        ways[0] = 1
        for rank in doubledRanks {
            for sum in stride(from: total, through: rank, by: -1) { ways[sum] += ways[sum - rank] }
        }
        let all = ways.reduce(0, +)
        let atMost = ways[0...doubledPlus].reduce(0, +)
        let atLeast = ways[doubledPlus...].reduce(0, +)
        return min(1, 2 * min(atMost, atLeast) / all)
    }

    /// The normal approximation: z = (R⁺ − n(n+1)/4) / σ with
    /// σ² = n(n+1)(2n+1)/24 − Σ(t³ − t)/48 over groups of t tied ranks.
    package static func normalP(doubledPlus: Int, doubledRanks: [Int]) -> Double {
        let n = Double(doubledRanks.count)
        var groups: [Int: Int] = [:]
        for rank in doubledRanks { groups[rank, default: 0] += 1 }
        let tieTerm = groups.values.reduce(0.0) { $0 + Double($1 * $1 * $1 - $1) }
        let variance = n * (n + 1) * (2 * n + 1) / 24 - tieTerm / 48
        guard variance > 0 else { return 1 }
        let z = (Double(doubledPlus) / 2 - n * (n + 1) / 4) / variance.squareRoot()
        return min(1, Elementary.erfc(abs(z) / 2.0.squareRoot()))
    }
}
