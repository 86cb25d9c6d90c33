/// The test of one sample of seed replicates against another: paired by seed when both sides
/// ran exactly the same seeds (the design lrlab's sweeps produce), Welch's unpaired t-test
/// otherwise. Which one ran is part of the result, so a report can say so.
package struct SeedTest: Sendable, Equatable {
    package enum Method: String, Sendable {
        /// ``PairedTTest`` over the shared seeds.
        case pairedT = "paired_t"
        /// ``WelchTest``.
        case welchT = "welch_t"

        /// How a report names it.
        package var name: String {
            switch self {
            case .pairedT: "paired t-test by seed"
            case .welchT: "Welch's t-test"
            }
        }
    }

    package var method: Method
    package var t: Double
    package var df: Double
    /// Two-sided p-value.
    package var p: Double
    /// The Wilcoxon signed-rank test of the same pairs, when the test is paired: it assumes
    /// nothing about the shape of the seed noise, and with few seeds it shows how little they
    /// can prove.
    package var signedRank: WilcoxonSignedRank?

    package init(method: Method, t: Double, df: Double, p: Double, signedRank: WilcoxonSignedRank? = nil) {
        self.method = method
        self.t = t
        self.df = df
        self.p = p
        self.signedRank = signedRank
    }

    /// `a` against `b`, each a list of (seed, value) with finite values: paired when the two
    /// lists hold the same seeds (each once), else unpaired. Nil when either side has fewer
    /// than two values.
    package init?(_ a: [(seed: Int, value: Double)], _ b: [(seed: Int, value: Double)]) {
        let pairs = SeedPairs(a, b)
        if let pairs, let test = PairedTTest(pairs.a, pairs.b) {
            self.init(
                method: .pairedT, t: test.t, df: test.df, p: test.p, signedRank: WilcoxonSignedRank(pairs.a, pairs.b))
        } else if pairs == nil, let test = WelchTest(a.map(\.value), b.map(\.value)) {
            self.init(method: .welchT, t: test.t, df: test.df, p: test.p)
        } else {
            return nil
        }
    }
}
