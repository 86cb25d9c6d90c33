/// The paired t-test of two samples matched element by element (Student, 1908), the test
/// `scipy.stats.ttest_rel(a, b)` performs: a one-sample t-test of the differences aᵢ − bᵢ.
///
/// t = mean(d) / (s_d / √n), df = n − 1, and a two-sided p-value from the Student t
/// distribution. Trials of two configurations with the same seed share their initialisation,
/// split and batch order, so their difference removes that shared noise: a consistent gap is
/// seen where an unpaired test would call it noise.
package struct PairedTTest: Sendable, Equatable {
    package var t: Double
    package var df: Double
    /// Two-sided p-value.
    package var p: Double

    /// The test of `a` against `b` (same length, matched by position); nil for fewer than two
    /// pairs, different lengths or a value that is not finite.
    ///
    /// When every difference is the same the statistic is undefined; as for ``WelchTest``,
    /// this returns t = 0, p = 1 when they are all 0 and t = ±∞, p = 0 otherwise.
    package init?(_ a: [Double], _ b: [Double]) {
        guard a.count == b.count, a.count >= 2, (a + b).allSatisfy(\.isFinite) else { return nil }
        let differences = SampleStatistics(name: "d", values: zip(a, b).map { $0 - $1 })
        guard let mean = differences.mean, let std = differences.std else { return nil }
        let n = Double(a.count)
        df = n - 1
        if std == 0 {
            t = mean == 0 ? 0 : mean > 0 ? .infinity : -.infinity
            p = mean == 0 ? 1 : 0
            return
        }
        t = mean / (std / n.squareRoot())
        p = StudentT.twoSidedPValue(t: t, df: df)
    }
}
