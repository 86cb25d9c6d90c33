extension Elementary {
    static let ln2HiLog = 6.93147180369123816490e-01  // 32 significant bits: k·ln2HiLog is exact
    static let ln2LoLog = 1.90821492927058770002e-10

    /// Natural logarithm.
    public static func log(_ x: Double) -> Double {
        if let special = logSpecial(x) { return special }
        let l = logParts(x)
        return l.hi + l.lo
    }

    /// ln(1 + x), accurate near 0: 1 + x is formed exactly as hi + lo, and
    /// ln(hi + lo) = ln(hi) + lo/hi to well below an ulp.
    public static func log1p(_ x: Double) -> Double {
        if x.isNaN { return x }
        if x == -1 { return -.infinity }
        if x < -1 { return .nan }
        if x == .infinity { return x }
        if abs(x) < 0x1p-54 { return x }
        let u = DoubleDouble.sum(1, x)
        let l = logParts(u.hi)
        return l.hi + (l.lo + u.lo / u.hi)
    }

    /// `log(x)` for the inputs that need no arithmetic: NaN, zero, negative, infinity.
    @inline(__always) static func logSpecial(_ x: Double) -> Double? {
        if x.isNaN { return x }
        if x < 0 { return .nan }
        if x == 0 { return -.infinity }
        if x == .infinity { return x }
        return nil
    }

    /// ln x for finite x > 0 as an unevaluated sum hi + lo, to about 2⁻⁶⁴ relative.
    ///
    /// x = 2ᵏ·m with √½ ≤ m < √2 and f = m − 1 (exact); ln m = 2·atanh(s) with s = f/(2 + f),
    /// s carried in double-double; 2·atanh(s) = 2s + s·R(s²), R the Taylor series
    /// 2s²/3 + 2s⁴/5 + … to s²⁶ (|s| ≤ 0.1716, so the remainder is below 2⁻⁷⁵ of the result).
    static func logParts(_ x: Double) -> DoubleDouble {
        var k = Double(x.exponent)
        var m = x.significand  // [1, 2), exact, also for subnormal x
        if m > 1.4142135623730951 {
            m *= 0.5
            k += 1
        }
        let f = m - 1  // exact (Sterbenz)
        if f == 0 {
            return DoubleDouble.fastSum(k * ln2HiLog, k * ln2LoLog)
        }
        // s = f / (2 + f), with 2 + f = dh + dl exactly.
        let d = DoubleDouble.fastSum(2, f)
        let sh = f / d.hi
        let p = DoubleDouble.product(sh, d.hi)
        let sl = (((f - p.hi) - p.lo) - sh * d.lo) / d.hi
        let z = sh * sh
        // 2/(2n+1) for n = 13 … 1.
        var r = 0.07407407407407407
        r = r * z + 0.08
        r = r * z + 0.08695652173913043
        r = r * z + 0.09523809523809523
        r = r * z + 0.10526315789473684
        r = r * z + 0.11764705882352941
        r = r * z + 0.13333333333333333
        r = r * z + 0.15384615384615385
        r = r * z + 0.18181818181818182
        r = r * z + 0.2222222222222222
        r = r * z + 0.2857142857142857
        r = r * z + 0.4
        r = r * z + 0.6666666666666666
        r *= z
        // ln m = 2sh + (2sl + sh·R), then + k·ln 2.
        let lnM = DoubleDouble.fastSum(2 * sh, 2 * sl + sh * r)
        let total = DoubleDouble.sum(k * ln2HiLog, lnM.hi)
        return DoubleDouble.fastSum(total.hi, total.lo + (lnM.lo + k * ln2LoLog))
    }
}

extension Elementary {
    /// 1/ln 10 in double-double.
    static let invLn10 = DoubleDouble(hi: 0.4342944819032518, lo: 1.098319650216765e-17)

    /// Base-10 logarithm. ln x in double-double times 1/ln 10, so powers of ten give their
    /// exponent exactly.
    public static func log10(_ x: Double) -> Double {
        if let special = logSpecial(x) { return special }
        let l = logParts(x).times(invLn10)
        return l.hi + l.lo
    }
}
