extension Elementary {
    // Cody–Waite split of ln 2: ln2Hi has 32 significant bits, so k·ln2Hi is exact for every
    // |k| < 2¹¹ and x − k·ln2Hi is exact (fdlibm, e_exp.c).
    static let ln2Hi = 6.93147180369123816490e-01
    static let ln2Lo = 1.90821492927058770002e-10
    static let invLn2 = 1.44269504088896338700e+00
    static let expOverflow = 7.09782712893383973096e+02
    static let expUnderflow = -7.45133219101941108420e+02

    /// eˣ. Reduction x = k·ln 2 + r, |r| ≤ ½ln 2, then fdlibm's Remez rational form of eʳ
    /// (P1…P5, error below 2⁻⁵⁹), scaled by 2ᵏ.
    public static func exp(_ x: Double) -> Double {
        expWithTail(x, 0)
    }

    /// e^(x + tail) for a small `tail` (|tail| ≤ 2⁻⁴⁰·|x| or so), used by `pow` to carry the
    /// low half of y·log x into the reduction.
    static func expWithTail(_ x: Double, _ tail: Double) -> Double {
        if x.isNaN { return x }
        if x > expOverflow { return .infinity }
        if x < expUnderflow { return 0 }
        if abs(x) < 0x1p-54 { return 1 + x }
        let k = (x * invLn2).rounded(.toNearestOrEven)
        let hi = x - k * ln2Hi
        let lo = k * ln2Lo - tail
        let r = hi - lo
        let t = r * r
        let c = r - t * (1.66666666666666019037e-01
            + t * (-2.77777777770155933842e-03
            + t * (6.61375632143793436117e-05
            + t * (-1.65339022054652515390e-06
            + t * 4.13813679705723846039e-08))))
        let y = 1 - ((lo - (r * c) / (2 - c)) - hi)
        return scaled(y, by: Int(k))
    }

    /// y·2ᵏ, rounded once even when the result is subnormal.
    @inline(__always) static func scaled(_ y: Double, by k: Int) -> Double {
        if k >= -1021 { return Double(sign: .plus, exponent: k, significand: y) }
        // Scale into the normal range first so that only the final step rounds.
        return Double(sign: .plus, exponent: k + 1000, significand: y) * 0x1p-1000
    }

    /// eˣ − 1, accurate near 0: Taylor to degree 18 for |x| < 1 (remainder below 2⁻⁵⁸),
    /// eˣ − 1 beyond.
    public static func expm1(_ x: Double) -> Double {
        if x.isNaN { return x }
        if abs(x) >= 1 {
            if x < -40 { return -1 }
            return exp(x) - 1
        }
        // 1/n! for n = 2…18.
        var p = 1.5619206968586225e-16  // 1/18!
        p = p * x + 2.8114572543455206e-15
        p = p * x + 4.779477332387385e-14
        p = p * x + 7.647163731819816e-13
        p = p * x + 1.1470745597729725e-11
        p = p * x + 1.6059043836821613e-10
        p = p * x + 2.08767569878681e-09
        p = p * x + 2.505210838544172e-08
        p = p * x + 2.755731922398589e-07
        p = p * x + 2.7557319223985893e-06
        p = p * x + 2.48015873015873e-05
        p = p * x + 0.0001984126984126984
        p = p * x + 0.001388888888888889
        p = p * x + 0.008333333333333333
        p = p * x + 0.041666666666666664
        p = p * x + 0.16666666666666666
        p = p * x + 0.5
        return x + (x * x) * p
    }

    /// eˣ in `Float`, rounded once from the `Double` result.
    public static func exp(_ x: Float) -> Float { Float(exp(Double(x))) }

    /// eˣ − 1 in `Float`, rounded once from the `Double` result.
    public static func expm1(_ x: Float) -> Float { Float(expm1(Double(x))) }
}
