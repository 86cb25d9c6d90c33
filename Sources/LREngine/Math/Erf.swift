extension Elementary {
    static let twoOverRootPi = 1.1283791670955126
    static let oneOverRootPi = 0.5641895835477563

    /// The error function.
    ///
    /// |x| ≤ 1: its Maclaurin series (alternating, terms falling by x² or faster).
    /// Beyond: 1 − erfc x from the continued fraction. |x| ≥ 6 rounds to ±1.
    public static func erf(_ x: Double) -> Double {
        if x.isNaN { return x }
        let a = abs(x)
        let value: Double
        if a <= 1 { value = erfSeries(a) }
        else if a < 6 { value = 1 - erfcFraction(a) }
        else { value = 1 }
        return x < 0 ? -value : value
    }

    /// The complementary error function 1 − erf x, accurate in its tail.
    ///
    /// x < 0.5: 1 − erf x (for x < 0 that is 1 + erf|x|). x ≥ 0.5: the continued fraction,
    /// so values like erfc(10) ≈ 2·10⁻⁴⁵ keep their relative accuracy.
    public static func erfc(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x < 0.5 { return 1 - erf(x) }
        if x > 27.3 { return 0 }  // below the smallest subnormal
        return erfcFraction(x)
    }

    /// (2/√π)·Σ (−1)ⁿ x²ⁿ⁺¹/(n!(2n+1)) for 0 ≤ x ≤ 1, to n = 20 (remainder below 2⁻⁶⁵),
    /// by Horner's rule from the smallest term.
    static func erfSeries(_ x: Double) -> Double {
        let z = x * x
        var p = 1.0025164934907719e-20
        p = p * z + -2.107855191442136e-19
        p = p * z + 4.221407288807088e-18
        p = p * z + -8.032735012415773e-17
        p = p * z + 1.4483264643598138e-15
        p = p * z + -2.466827010264457e-14
        p = p * z + 3.9554295164585257e-13
        p = p * z + -5.9477940136376354e-12
        p = p * z + 8.35070279514724e-11
        p = p * z + -1.0892221037148573e-09
        p = p * z + 1.3122532963802806e-08
        p = p * z + -1.4503852223150468e-07
        p = p * z + 1.4589169000933706e-06
        p = p * z + -1.3227513227513228e-05
        p = p * z + 0.00010683760683760684
        p = p * z + -0.0007575757575757576
        p = p * z + 0.004629629629629629
        p = p * z + -0.023809523809523808
        p = p * z + 0.1
        p = p * z + -0.3333333333333333
        p = p * z + 1.0
        return twoOverRootPi * (x * p)
    }

    /// erfc x for x ≥ 0.5: e^(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated
    /// backwards from a depth at which it has converged to double precision (200/x² + 16
    /// levels: 816 at x = 0.5, 66 at x = 2), which keeps the rounding errors from piling up.
    static func erfcFraction(_ x: Double) -> Double {
        let depth = Int(200 / (x * x)) + 16
        var f = x
        var n = Double(depth)
        while n >= 1 {
            f = x + (n / 2) / f
            n -= 1
        }
        return oneOverRootPi * expOfMinusSquare(x) / f
    }

    /// e^(−x²) with x² carried in double-double, so the rounding of x² (up to ½ ulp of 36
    /// for x < 6) does not become a relative error of the result.
    @inline(__always) static func expOfMinusSquare(_ x: Double) -> Double {
        let s = DoubleDouble.product(x, x)
        return expWithTail(-s.hi, -s.lo)
    }
}
