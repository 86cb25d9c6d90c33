/// The best configuration against the runner-up: is the gap bigger than seed noise?
///
/// Decided on the p-value adjusted for every comparison with the best (``BestComparison``),
/// so this sentence and the report's "against the best" table never disagree.
package struct SeedComparison: Sendable {
    /// The outcome of the comparison.
    package enum Verdict: Sendable {
        /// A t-test on the objective over seeds, paired by seed when both ran the same
        /// seeds (``SeedTest``); `significant` when the adjusted p < `alpha`.
        case tested(SeedTest, significant: Bool)
        /// Either side has fewer than two usable seeds.
        case notEnoughSeeds
    }

    /// Significance level of the test.
    package static let alpha = 0.05

    /// Index into `RunSummary.configurations`.
    package var best: Int
    /// Index into `RunSummary.configurations`.
    package var runnerUp: Int
    package var verdict: Verdict
    /// The runner-up's p-value after Holm's correction over `comparisons` tests.
    package var adjustedP: Double?
    /// How many configurations were compared with the best.
    package var comparisons: Int

    package init(best: Int, runnerUp: BestComparison, comparisons: Int) {
        self.best = best
        self.runnerUp = runnerUp.configuration
        self.adjustedP = runnerUp.adjustedP
        self.comparisons = comparisons
        if let test = runnerUp.test {
            verdict = .tested(test, significant: runnerUp.significant)
        } else {
            verdict = .notEnoughSeeds
        }
    }
}
