/// Welch's unequal-variances t-test of two samples (Welch, 1947), the test
/// `scipy.stats.ttest_ind(a, b, equal_var=False)` performs.
///
/// t = (mean_a − mean_b) / √(s_a²/n_a + s_b²/n_b), with Welch–Satterthwaite degrees of freedom
/// df = (s_a²/n_a + s_b²/n_b)² / ((s_a²/n_a)²/(n_a − 1) + (s_b²/n_b)²/(n_b − 1)),
/// and a two-sided p-value from the Student t distribution.
package struct WelchTest: Sendable, Equatable {
    package var t: Double
    package var df: Double
    /// Two-sided p-value.
    package var p: Double

    package init(t: Double, df: Double, p: Double) {
        self.t = t
        self.df = df
        self.p = p
    }

    /// The test of `a` against `b`; nil when either has fewer than two values or a value is
    /// not finite.
    ///
    /// When both samples have zero variance the statistic is undefined; this returns t = 0,
    /// p = 1 for equal means and t = ±∞, p = 0 for different means (noise-free results that
    /// differ are different), with df = n_a + n_b − 2.
    package init?(_ a: [Double], _ b: [Double]) {
        guard a.count >= 2, b.count >= 2, (a + b).allSatisfy(\.isFinite) else { return nil }
        let sa = SampleStatistics(name: "a", values: a)
        let sb = SampleStatistics(name: "b", values: b)
        guard let ma = sa.mean, let mb = sb.mean, let da = sa.std, let db = sb.std else { return nil }
        let na = Double(a.count)
        let nb = Double(b.count)
        let va = da * da / na
        let vb = db * db / nb
        let se2 = va + vb
        if se2 == 0 {
            df = na + nb - 2
            if ma == mb {
                t = 0
                p = 1
            } else {
                t = ma > mb ? .infinity : -.infinity
                p = 0
            }
            return
        }
        t = (ma - mb) / se2.squareRoot()
        df = se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1))
        p = StudentT.twoSidedPValue(t: t, df: df)
    }
}
