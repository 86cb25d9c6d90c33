import Foundation
import Testing
@testable import LRReport

/// Reference values from SciPy 1.17.1, computed with
/// `python3 -c "from scipy import special; print(repr(special.betainc(a, b, x)))"` and
/// `special.gammaln(x)`.
struct SpecialFunctionsTests {
    static let betaCases: [(a: Double, b: Double, x: Double, expected: Double)] = [
        (0.5, 0.5, 0.3, 0.36901011956554536),
        (2, 3, 0.4, 0.5247999999999999),
        (10, 0.5, 0.9, 0.15164090963470994),
        (1.5, 0.5, 0.999, 0.9597433418849682),
        (50, 0.5, 0.2, 9.994267861337003e-37),
        (0.1, 0.1, 0.5, 0.4999999999999999),
        (3.7, 0.5, 0.01, 1.1334765094759761e-08),
    ]

    @Test(arguments: betaCases.indices)
    func incompleteBetaMatchesSciPy(_ i: Int) {
        let c = Self.betaCases[i]
        let value = SpecialFunctions.regularizedIncompleteBeta(a: c.a, b: c.b, x: c.x)
        #expect(abs(value - c.expected) <= 1e-12 * abs(c.expected), "I_\(c.x)(\(c.a), \(c.b)) = \(value)")
    }

    @Test func incompleteBetaEdgesAndDomain() {
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 2, b: 3, x: 0) == 0)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 2, b: 3, x: 1) == 1)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 0, b: 3, x: 0.5).isNaN)
        #expect(SpecialFunctions.regularizedIncompleteBeta(a: 2, b: 3, x: 1.5).isNaN)
        // Symmetry I_x(a, b) = 1 − I_{1−x}(b, a).
        let left = SpecialFunctions.regularizedIncompleteBeta(a: 2.5, b: 4, x: 0.7)
        let right = 1 - SpecialFunctions.regularizedIncompleteBeta(a: 4, b: 2.5, x: 0.3)
        #expect(abs(left - right) < 1e-14)
    }

    static let gammaCases: [(x: Double, expected: Double)] = [
        (0.5, 0.5723649429247), (1, 0), (2.5, 0.2846828704729192), (10, 12.801827480081469),
        (100, 359.1342053695754), (0.1, 2.252712651734206),
    ]

    @Test(arguments: gammaCases.indices)
    func logGammaMatchesSciPy(_ i: Int) {
        let c = Self.gammaCases[i]
        let value = SpecialFunctions.logGamma(c.x)
        #expect(abs(value - c.expected) <= 1e-13 * max(1, abs(c.expected)), "lnΓ(\(c.x)) = \(value)")
    }

    /// `2 * scipy.stats.t.sf(abs(t), df)`, SciPy 1.17.1.
    static let tCases: [(t: Double, df: Double, p: Double)] = [
        (2.0, 3.0, 0.13932596855884305), (0.5, 10.0, 0.627893605742973),
        (3.2, 4.5, 0.027844679431742864), (10.0, 2.0, 0.00985245702332569),
        (1.96, 1e6, 0.04999606758526985), (-2.0, 3.0, 0.13932596855884305),
    ]

    @Test(arguments: tCases.indices)
    func studentTTwoSidedPValue(_ i: Int) {
        let c = Self.tCases[i]
        let p = StudentT.twoSidedPValue(t: c.t, df: c.df)
        // ln Γ of large arguments (df = 1e6) cancels to about 1e-9 relative.
        #expect(abs(p - c.p) <= 1e-9 * c.p, "p(t = \(c.t), df = \(c.df)) = \(p)")
    }

    @Test func studentTLimits() {
        #expect(StudentT.twoSidedPValue(t: 0, df: 5) == 1)
        #expect(StudentT.twoSidedPValue(t: .infinity, df: 5) == 0)
        #expect(StudentT.twoSidedPValue(t: .nan, df: 5).isNaN)
        #expect(StudentT.twoSidedPValue(t: 1, df: 0).isNaN)
    }
}
