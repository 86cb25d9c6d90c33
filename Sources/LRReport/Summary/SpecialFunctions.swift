import Foundation
import LREngine

/// The special functions behind the Student t distribution, written out so p-values do not
/// depend on a statistics library.
package enum SpecialFunctions {
    /// ln Γ(x) for x > 0 by the Lanczos approximation (g = 7, nine coefficients; relative
    /// error below 1e-14 over the range used here). Uses the reflection formula below 0.5.
    package static func logGamma(_ x: Double) -> Double {
        if x < 0.5 {
            // Γ(x) Γ(1 − x) = π / sin(πx)
            return Elementary.log(Double.pi / abs(Elementary.sin(Double.pi * x))) - logGamma(1 - x)
        }
        let g = 7.0
        let coefficients: [Double] = [
            0.99999999999980993, 676.5203681218851, -1259.1392167224028,
            771.32342877765313, -176.61502916214059, 12.507343278686905,
            -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
        ]
        let z = x - 1
        var sum = coefficients[0]
        for i in 1..<coefficients.count {
            sum += coefficients[i] / (z + Double(i))
        }
        let t = z + g + 0.5
        return 0.5 * Elementary.log(2 * Double.pi) + (z + 0.5) * Elementary.log(t) - t + Elementary.log(sum)
    }

    /// The regularised incomplete beta function I_x(a, b) for a, b > 0 and 0 ≤ x ≤ 1.
    ///
    /// Numerical Recipes (Press et al., 3rd ed., §6.4, `betai`): the continued fraction
    /// converges fast for x < (a + 1) / (a + b + 2); otherwise the symmetry
    /// I_x(a, b) = 1 − I_{1−x}(b, a) is used. Returns NaN for arguments outside the domain.
    package static func regularizedIncompleteBeta(a: Double, b: Double, x: Double) -> Double {
        guard a > 0, b > 0, x >= 0, x <= 1 else { return .nan }
        if x == 0 { return 0 }
        if x == 1 { return 1 }
        let logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Elementary.log(x) + b * Elementary.log(1 - x)
        let front = Elementary.exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * betaContinuedFraction(a: a, b: b, x: x) / a
        }
        return 1 - front * betaContinuedFraction(a: b, b: a, x: 1 - x) / b
    }

    /// The continued fraction of the incomplete beta function by the modified Lentz method
    /// (Numerical Recipes `betacf`).
    package static func betaContinuedFraction(a: Double, b: Double, x: Double) -> Double {
        let maxIterations = 10_000
        let epsilon = 1e-15
        let tiny = 1e-300
        let qab = a + b
        let qap = a + 1
        let qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...maxIterations {
            let m = Double(m)
            let m2 = 2 * m
            // Even step.
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            // Odd step.
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < epsilon { break }
        }
        return h
    }
}
