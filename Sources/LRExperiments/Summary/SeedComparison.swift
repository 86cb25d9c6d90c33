/// The best configuration against the runner-up: is the gap bigger than seed noise?
public struct SeedComparison: Sendable {
    /// The outcome of the comparison.
    public enum Verdict: Sendable {
        /// A t-test on the objective over seeds, paired by seed when both ran the same
        /// seeds (``SeedTest``); `significant` when p < `alpha`.
        case tested(SeedTest, significant: Bool)
        /// Either side has fewer than two usable seeds.
        case notEnoughSeeds
    }

    /// Significance level of the test.
    public static let alpha = 0.05

    /// Index into `RunSummary.configurations`.
    public var best: Int
    /// Index into `RunSummary.configurations`.
    public var runnerUp: Int
    public var verdict: Verdict

    init(best: Int, runnerUp: Int, bestValues: [(seed: Int, value: Double)], runnerUpValues: [(seed: Int, value: Double)]) {
        self.best = best
        self.runnerUp = runnerUp
        if let test = SeedTest(bestValues, runnerUpValues) {
            verdict = .tested(test, significant: test.p < Self.alpha)
        } else {
            verdict = .notEnoughSeeds
        }
    }
}
