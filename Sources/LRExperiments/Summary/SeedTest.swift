/// The test of one sample of seed replicates against another: paired by seed when both sides
/// ran exactly the same seeds (the design lrlab's sweeps produce), Welch's unpaired t-test
/// otherwise. Which one ran is part of the result, so a report can say so.
public struct SeedTest: Sendable, Equatable {
    public enum Method: String, Sendable {
        /// ``PairedTTest`` over the shared seeds.
        case pairedT = "paired_t"
        /// ``WelchTest``.
        case welchT = "welch_t"

        /// How a report names it.
        public var name: String {
            switch self {
            case .pairedT: "paired t-test by seed"
            case .welchT: "Welch's t-test"
            }
        }
    }

    public var method: Method
    public var t: Double
    public var df: Double
    /// Two-sided p-value.
    public var p: Double

    public init(method: Method, t: Double, df: Double, p: Double) {
        self.method = method
        self.t = t
        self.df = df
        self.p = p
    }

    /// `a` against `b`, each a list of (seed, value) with finite values: paired when the two
    /// lists hold the same seeds (each once), else unpaired. Nil when either side has fewer
    /// than two values.
    public init?(_ a: [(seed: Int, value: Double)], _ b: [(seed: Int, value: Double)]) {
        let bySeed = Dictionary(b.map { ($0.seed, $0.value) }, uniquingKeysWith: { first, _ in first })
        let seedsA = a.map(\.seed)
        let paired = Set(seedsA).count == a.count && bySeed.count == b.count && Set(seedsA) == Set(bySeed.keys)
        if paired, let test = PairedTTest(a.map(\.value), seedsA.compactMap { bySeed[$0] }) {
            self.init(method: .pairedT, t: test.t, df: test.df, p: test.p)
        } else if !paired, let test = WelchTest(a.map(\.value), b.map(\.value)) {
            self.init(method: .welchT, t: test.t, df: test.df, p: test.p)
        } else {
            return nil
        }
    }
}
