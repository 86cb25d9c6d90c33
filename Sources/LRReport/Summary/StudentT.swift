import Foundation
import LREngine

/// The Student t distribution, as far as a two-sided test needs it.
package enum StudentT {
    /// P(|T| ≥ |t|) for T with `df` degrees of freedom (df > 0, may be fractional):
    /// I_{df/(df+t²)}(df/2, 1/2). An infinite t gives 0; NaN in, NaN out.
    package static func twoSidedPValue(t: Double, df: Double) -> Double {
        guard !t.isNaN, df > 0, !df.isNaN else { return .nan }
        if t.isInfinite { return 0 }
        if df.isInfinite {
            // The normal limit: P(|Z| ≥ |t|) = erfc(|t| / √2).
            return Elementary.erfc(abs(t) / 2.0.squareRoot())
        }
        let x = df / (df + t * t)
        return SpecialFunctions.regularizedIncompleteBeta(a: df / 2, b: 0.5, x: x)
    }
}
