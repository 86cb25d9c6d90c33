/// Error-free transformations: a value carried as an unevaluated sum `hi + lo` with
/// `|lo| ≤ ½ ulp(hi)`, for the steps of `log` and `pow` that need more than 53 bits.
struct DoubleDouble {
    var hi: Double
    var lo: Double

    /// `a + b` exactly, as `hi + lo` (Knuth's TwoSum; any order of magnitudes).
    @inline(__always) static func sum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        let bVirtual = s - a
        let aVirtual = s - bVirtual
        return DoubleDouble(hi: s, lo: (a - aVirtual) + (b - bVirtual))
    }

    /// `a + b` exactly when `|a| ≥ |b|` (Dekker's FastTwoSum).
    @inline(__always) static func fastSum(_ a: Double, _ b: Double) -> DoubleDouble {
        let s = a + b
        return DoubleDouble(hi: s, lo: b - (s - a))
    }

    /// `a × b` exactly, as `hi + lo` (Dekker's product with Veltkamp's split: no fused
    /// multiply-add, so it is exact on every IEEE machine). Valid while no partial product
    /// overflows or underflows, which the callers ensure.
    @inline(__always) static func product(_ a: Double, _ b: Double) -> DoubleDouble {
        let p = a * b
        let (aHi, aLo) = split(a)
        let (bHi, bLo) = split(b)
        let err = ((aHi * bHi - p) + aHi * bLo + aLo * bHi) + aLo * bLo
        return DoubleDouble(hi: p, lo: err)
    }

    /// `a` as two halves of at most 26 significant bits each, `a = hi + lo`.
    @inline(__always) static func split(_ a: Double) -> (Double, Double) {
        let c = 134_217_729.0 * a  // 2^27 + 1
        let hi = c - (c - a)
        return (hi, a - hi)
    }

    /// `self × other` to about 2⁻¹⁰⁴ relative.
    @inline(__always) func times(_ other: DoubleDouble) -> DoubleDouble {
        var p = DoubleDouble.product(hi, other.hi)
        p.lo += hi * other.lo + lo * other.hi
        return DoubleDouble.fastSum(p.hi, p.lo)
    }

    /// `1 / self` to about 2⁻¹⁰⁰ relative (one Newton step on the double reciprocal).
    @inline(__always) func reciprocal() -> DoubleDouble {
        let q = 1 / hi
        // r = 1 − q·(hi + lo), evaluated exactly enough to refine q.
        let qh = DoubleDouble.product(q, hi)
        let r = ((1 - qh.hi) - qh.lo) - q * lo
        return DoubleDouble.fastSum(q, q * r)
    }
}
