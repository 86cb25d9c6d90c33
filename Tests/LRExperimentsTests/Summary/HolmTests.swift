import Testing
@testable import LRReport

/// Holm's correction against `statsmodels.stats.multitest.multipletests(p, method="holm")`
/// (statsmodels 0.15.0), values computed once and written here.
@Suite struct HolmTests {
    @Test(arguments: [
        ([0.01, 0.04, 0.03, 0.005], [0.03, 0.06, 0.06, 0.02]),
        ([0.2, 0.5, 0.01], [0.4, 0.5, 0.03]),
        ([0.049, 0.051], [0.098, 0.098]),
        ([0.30925987069322614, 0.09138833362144258, 0.002468042659287586],
         [0.30925987069322614, 0.18277666724288516, 0.007404127977862758]),
        ([0.5], [0.5]),
        ([], []),
    ])
    func matchesStatsmodels(p: [Double], adjusted: [Double]) {
        let ours = Holm.adjust(p)
        #expect(ours.count == adjusted.count)
        for (a, b) in zip(ours, adjusted) { #expect(abs(a - b) <= 1e-12, "\(ours) vs \(adjusted)") }
    }
}
