import Foundation
import Testing
@testable import LRReport

/// The signed-rank test against `scipy.stats.wilcoxon(a, b)` (SciPy 1.17.1, defaults), on each of
/// its paths: exact without ties, the exact permutation count with ties or zeros (n ≤ 13), and
/// the normal approximation (ties with n > 13, or n > 50).
@Suite struct WilcoxonSignedRankTests {
    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    /// (a, b, SciPy's statistic, SciPy's p, exact).
    static let cases: [(String, [Double], [Double], Double, Double, Bool)] = [
        ("five seeds all better", [0.401, 0.392, 0.44, 0.365, 0.414], [0.412, 0.398, 0.455, 0.371, 0.43], 0.0, 0.0625, true),
        ("three mixed", [0.3, 0.5, 0.2], [0.35, 0.45, 0.3], 1.5, 0.75, true),
        ("eight", [0.001, 0.299, -0.274, -0.891, -0.455, -0.992, 0.06, 1.34],
         [0.008, -0.12, 0.99, 0.857, 0.605, -0.43, 0.471, 1.195], 6.0, 0.109375, true),
        ("ties", [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], [0.5, 1.5, 3.5, 3.0, 6.0, 7.5], 8.5, 0.8125, true),
        ("a zero", [1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 1.2, 2.1, 4.4, 4.0], 1.0, 0.25, true),
        ("twenty with ties",
         [-1.3, -0.5, -1.9, -1.3, -1.8, -0.2, -1.3, 0.3, 0.2, -0.2, -2.5, -0.5, -0.0, 0.1, -1.5, -0.5, -1.0, -0.8, 1.1, -0.8],
         [0.3, 1.2, -0.3, 0.2, 0.4, 0.4, -0.9, 0.4, 1.7, -1.2, 1.2, 0.4, -0.3, 2.3, 1.1, -0.9, 0.4, 0.9, 0.1, 1.0],
         20.5, 0.0016025881480266906, false),
        ("sixty", sixtyA, sixtyB, 881.0, 0.8023596079110755, false),
    ]

    static let sixtyA: [Double] = [
        -0.066517, 0.667248, 1.438523, -0.675662, 0.203139, -0.463308, 0.127268, -1.187195,
        -0.579302, -0.196196, 0.898764, 1.145222, -1.323528, -0.794642, 0.646903, -1.99242,
        -0.46317, -0.097287, 1.257015, 0.689404, -0.327213, -0.368576, -0.250195, 1.523529,
        -0.428025, -0.30368, 0.352589, -0.12077, -0.197284, -1.114067, -0.011521, -0.443581,
        1.166128, 0.653089, -0.024144, 0.668381, -0.33987, 1.052126, -0.0054, 0.583382, -1.290893,
        0.34668, -1.688204, -2.035329, -0.304477, -0.899928, 0.164053, 2.244757, -0.831723,
        -0.623944, 0.205404, 0.493013, -0.176406, -0.20593, 0.702463, 0.519908, -1.033676,
        -0.079181, 0.035287, -1.054485
    ]
    static let sixtyB: [Double] = [
        0.459839, -0.657956, 1.172067, 0.392746, 0.289306, -0.391028, 0.08139, -1.797746, -0.931407,
        0.56284, -1.928567, 1.046609, -1.546096, 0.956739, -0.645497, 0.978991, 0.330951, -1.336835,
        1.449149, 1.641707, 0.134195, -0.073916, 0.040133, -0.775152, 1.298587, -0.342892, 0.14881,
        -0.593296, -0.426073, -1.077725, 1.457069, 0.045912, 1.165922, 0.213325, -0.494404,
        -0.126685, -0.360231, 0.207959, -0.175267, -0.099922, -1.178575, -0.606846, 1.854058,
        -0.471233, -0.854094, 0.537326, 1.607272, -1.254024, -0.008522, -0.432053, -1.561019,
        0.934927, 0.176556, 0.271442, -0.552311, 0.654784, -0.339297, 0.057097, -0.908261, -1.016103
    ]

    @Test func matchesSciPy() throws {
        for (name, a, b, statistic, p, exact) in Self.cases {
            let test = try #require(WilcoxonSignedRank(a, b), "\(name)")
            #expect(test.statistic == statistic, "\(name): statistic \(test.statistic)")
            #expect(Self.close(test.p, p), "\(name): p \(test.p) vs \(p)")
            #expect(test.exact == exact, "\(name)")
            // Swapping the sides keeps the two-sided p.
            #expect(Self.close(try #require(WilcoxonSignedRank(b, a)).p, p), "\(name) swapped")
        }
    }

    @Test func degenerateCases() {
        #expect(WilcoxonSignedRank([1], [2]) == nil)
        #expect(WilcoxonSignedRank([1, 2], [1]) == nil)
        #expect(WilcoxonSignedRank([1, .infinity], [1, 2]) == nil)
        #expect(WilcoxonSignedRank([1, 2], [1, 2])?.p == 1)
    }

    /// A paired seed test carries the signed-rank test of the same pairs; Welch's does not.
    @Test func pairedSeedTestsCarryIt() throws {
        let a = [(seed: 1, value: 0.401), (seed: 2, value: 0.392), (seed: 3, value: 0.44), (seed: 4, value: 0.365), (seed: 5, value: 0.414)]
        let b = [(seed: 5, value: 0.43), (seed: 4, value: 0.371), (seed: 3, value: 0.455), (seed: 2, value: 0.398), (seed: 1, value: 0.412)]
        #expect(try #require(SeedTest(a, b)).signedRank?.p == 0.0625)
        #expect(try #require(SeedTest(a, Array(b.dropFirst()))).signedRank == nil)
    }
}
