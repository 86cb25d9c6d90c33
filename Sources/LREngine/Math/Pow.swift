extension Elementary {
    /// xʸ with C99's special cases.
    ///
    /// An integer exponent with |y| < 2³¹ is evaluated by binary powering in double-double
    /// (about 2⁻¹⁰⁰ relative before the final rounding), so exact results such as 2¹⁰ or 10²
    /// are exact and γⁿ of a step schedule is correctly rounded in practice. Otherwise
    /// xʸ = e^(y·ln x) with ln x in double-double, so y·ln x keeps about 2⁻⁶⁴ relative.
    public static func pow(_ x: Double, _ y: Double) -> Double {
        if y == 0 || x == 1 { return 1 }
        if x.isNaN || y.isNaN { return .nan }
        let yIsInteger = y.rounded(.towardZero) == y
        let yIsOdd = yIsInteger && abs(y) < 0x1p53 && (y / 2).rounded(.towardZero) != y / 2
        if y.isInfinite {
            if x == -1 { return 1 }
            return (abs(x) > 1) == (y > 0) ? .infinity : 0
        }
        if x == 0 || x.isInfinite {
            // |x|^y is 0 or ∞; the sign follows x only for odd integer y.
            let magnitude: Double = (x == 0) == (y < 0) ? .infinity : 0
            return x.sign == .minus && yIsOdd ? -magnitude : magnitude
        }
        if x < 0 && !yIsInteger { return .nan }
        let negate = x < 0 && yIsOdd
        let a = abs(x)
        let result: Double
        if yIsInteger && abs(y) < 0x1p31, let exact = integerPower(a, Int(y)) {
            result = exact
        } else {
            let l = logParts(a)
            let p = DoubleDouble.product(y, l.hi)
            let hi = p.hi
            let lo = p.lo + y * l.lo
            if hi > expOverflow + 1 { result = .infinity }
            else if hi < expUnderflow - 1 { result = 0 }
            else { result = expWithTail(hi, lo) }
        }
        return negate ? -result : result
    }

    /// aⁿ for a > 0 by binary powering in double-double, or nil when an intermediate value
    /// leaves the range where double-double keeps its precision (then the caller uses e^(n·ln a)).
    static func integerPower(_ a: Double, _ n: Int) -> Double? {
        var base = DoubleDouble(hi: a, lo: 0)
        var acc = DoubleDouble(hi: 1, lo: 0)
        var e = n.magnitude
        while true {
            if e & 1 == 1 {
                acc = acc.times(base)
                guard inRange(acc.hi) else { return nil }
            }
            e >>= 1
            if e == 0 { break }
            base = base.times(base)
            guard inRange(base.hi) else { return nil }
        }
        if n < 0 { acc = acc.reciprocal() }
        let value = acc.hi + acc.lo
        return inRange(value) ? value : nil
    }

    /// Far enough from overflow and underflow that products and their error terms are exact.
    @inline(__always) static func inRange(_ v: Double) -> Bool {
        let m = abs(v)
        return m < 0x1p450 && m > 0x1p-450
    }
}
