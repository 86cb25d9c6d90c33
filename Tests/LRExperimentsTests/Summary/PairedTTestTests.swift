import Testing
@testable import LRReport

/// The paired t-test against SciPy, and the choice between paired and unpaired by seed.
@Suite struct PairedTTestTests {
    /// Five seeds, each improved by about 0.01, with a seed-to-seed spread much larger than the
    /// gap: unpaired, the gap is noise; paired by seed, it is consistent. SciPy 1.17.1:
    /// `ttest_rel(new, old)` → t = -5.068691148210462, p = 0.007136954868691608, df = 4;
    /// `ttest_ind(new, old, equal_var=False)` → t = -0.5732044838290219, p = 0.5825515937415813.
    static let old = [0.412, 0.398, 0.455, 0.371, 0.430]
    static let new = [0.401, 0.392, 0.440, 0.365, 0.414]

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test func matchesSciPysTtestRel() throws {
        let test = try #require(PairedTTest(Self.new, Self.old))
        #expect(Self.close(test.t, -5.068691148210462))
        #expect(Self.close(test.p, 0.007136954868691608))
        #expect(test.df == 4)
        // ttest_rel([1, 2, 3.5, 4], [1.5, 2.1, 3.9, 4.8]) → t = -3.1176914536239804, p = 0.05256582352342477.
        let small = try #require(PairedTTest([1, 2, 3.5, 4], [1.5, 2.1, 3.9, 4.8]))
        #expect(Self.close(small.t, -3.1176914536239804) && Self.close(small.p, 0.05256582352342477))
    }

    @Test func degenerateCases() {
        #expect(PairedTTest([1], [2]) == nil)
        #expect(PairedTTest([1, 2], [1, 2, 3]) == nil)
        #expect(PairedTTest([1, .nan], [1, 2]) == nil)
        #expect(PairedTTest([1, 2], [1, 2]).map { ($0.t, $0.p) } ?? (.nan, .nan) == (0, 1))
        #expect(PairedTTest([2, 3], [1, 2]).map { ($0.t, $0.p) } ?? (.nan, .nan) == (.infinity, 0))
    }

    @Test func sameSeedsArePairedOtherwiseWelch() throws {
        let seeds = [1, 2, 3, 4, 5]
        let a = Array(zip(seeds, Self.new)).map { (seed: $0.0, value: $0.1) }
        let b = Array(zip(seeds, Self.old)).map { (seed: $0.0, value: $0.1) }
        let paired = try #require(SeedTest(a, b))
        #expect(paired.method == .pairedT && Self.close(paired.p, 0.007136954868691608))
        // The same seeds in another order still pair by seed, not by position.
        let shuffled = try #require(SeedTest(a, b.reversed()))
        #expect(shuffled == paired)
        // One side lacks a seed: unpaired.
        let welch = try #require(SeedTest(a, Array(b.dropLast())))
        #expect(welch.method == .welchT)
        let full = try #require(SeedTest(Array(zip([1, 2, 3, 4, 5], Self.new)).map { (seed: $0.0, value: $0.1) },
                                         Array(zip([6, 7, 8, 9, 10], Self.old)).map { (seed: $0.0, value: $0.1) }))
        #expect(full.method == .welchT && Self.close(full.p, 0.5825515937415813))
    }

    @Test func theReportPairsConfigurationsThatRanTheSameSeeds() throws {
        var result = try RunFixtures.sweepRun()
        // The runner-up (adam 0.1, seeds 1-3) a little worse than the best on every seed.
        let worse: [String: Double] = ["t11": 0.125, "t12": 0.122, "t13": 0.128]
        for i in result.trials.indices {
            if let v = worse[result.trials[i].spec.id] {
                result.trials[i].outcome.final = RunFixtures.finals(train: 0.2, val: v, accuracy: 0.7)
            }
        }
        let summary = RunSummary(result)
        #expect(summary.comparison.map { ($0.best, $0.runnerUp) } ?? (0, 0) == (0, 1))
        guard case .tested(let test, let significant)? = summary.comparison?.verdict else {
            Issue.record("expected a t-test")
            return
        }
        // scipy.stats.ttest_rel([0.123, 0.119, 0.127], [0.125, 0.122, 0.128]) →
        // t = -3.4641016151377544, p = 0.07417990022744855 (Welch: p = 0.5293425640896938).
        #expect(test.method == .pairedT)
        #expect(Self.close(test.t, -3.4641016151377544) && Self.close(test.p, 0.07417990022744855))
        #expect(!significant)
        let sentence = ReportSentences.seedNoise(summary, ReportLabels(summary))
        // Three configurations were compared with the best: Holm multiplies the smallest p by 3.
        #expect(sentence.contains("(paired t-test by seed t = -3.464, df = 2, p = 0.07418; "
            + "Holm-adjusted over 3 comparisons with the best, p = 0.2225 ≥ 0.05)"), "\(sentence)")
    }
}
