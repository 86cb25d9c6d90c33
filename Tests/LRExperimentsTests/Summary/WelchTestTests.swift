import Testing
@testable import LRReport

/// Expected values from SciPy 1.17.1:
/// `r = scipy.stats.ttest_ind(a, b, equal_var=False)` for t and p, and the Welch–Satterthwaite
/// formula evaluated with NumPy (`np.var(x, ddof=1)`) for df.
struct WelchTestTests {
    static let cases: [(a: [Double], b: [Double], t: Double, df: Double, p: Double)] = [
        ([0.123, 0.119, 0.127], [0.125, 0.131, 0.119], -0.4803844614152615, 3.4845360824742264, 0.6595297252735691),
        ([1, 2, 3, 4], [2.5, 3.5, 4.5, 5.5, 6.5, 7.5], -2.5000000000000004, 7.941176470588235, 0.03714965699125097),
        ([0.31, 0.29, 0.33, 0.30, 0.32], [0.40, 0.38, 0.45], -4.548588261473419, 2.471711976487877, 0.029849931128036574),
        ([10.2, 9.8], [11.5, 11.9], -6.01040764008566, 2.0000000000000004, 0.026582831666423955),
    ]

    @Test(arguments: cases.indices)
    func matchesSciPy(_ i: Int) throws {
        let c = Self.cases[i]
        let test = try #require(WelchTest(c.a, c.b))
        #expect(abs(test.t - c.t) <= 1e-9 * abs(c.t))
        #expect(abs(test.df - c.df) <= 1e-9 * c.df)
        #expect(abs(test.p - c.p) <= 1e-9 * c.p)
        // Swapping the samples flips t and keeps p.
        let swapped = try #require(WelchTest(c.b, c.a))
        #expect(swapped.t == -test.t)
        #expect(abs(swapped.p - test.p) <= 1e-15)
    }

    @Test func needsTwoFiniteValuesPerSide() {
        #expect(WelchTest([1], [1, 2]) == nil)
        #expect(WelchTest([1, 2], []) == nil)
        #expect(WelchTest([1, .nan], [1, 2]) == nil)
    }

    @Test func zeroVariance() throws {
        let same = try #require(WelchTest([2, 2], [2, 2, 2]))
        #expect(same.t == 0 && same.p == 1 && same.df == 3)
        let different = try #require(WelchTest([1, 1], [2, 2]))
        #expect(different.t == -.infinity && different.p == 0)
    }
}
