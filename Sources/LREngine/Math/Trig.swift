extension Elementary {
    /// π/2 as three doubles: their sum carries 159 bits of π/2.
    static let halfPi1 = 1.5707963267948966
    static let halfPi2 = 6.123233995736766e-17
    static let halfPi3 = -1.4973849048591698e-33
    static let twoOverPi = 0.6366197723675814

    /// Sine in radians.
    public static func sin(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let (quadrant, r) = reduce(x)
        switch quadrant {
        case 0: return sinKernel(r)
        case 1: return cosKernel(r)
        case 2: return -sinKernel(r)
        default: return -cosKernel(r)
        }
    }

    /// Cosine in radians.
    public static func cos(_ x: Double) -> Double {
        guard x.isFinite else { return .nan }
        let (quadrant, r) = reduce(x)
        switch quadrant {
        case 0: return cosKernel(r)
        case 1: return -sinKernel(r)
        case 2: return -cosKernel(r)
        default: return sinKernel(r)
        }
    }

    /// x = k·π/2 + r with |r| ≲ π/4, r in double-double, and k mod 4. The products k·(π/2)ᵢ
    /// are formed exactly, so the cancellation near multiples of π/2 loses nothing up to
    /// |x| ≈ 2³⁰; beyond that the error grows with |x| (lrlab's arguments stay far below).
    static func reduce(_ x: Double) -> (Int, DoubleDouble) {
        if abs(x) <= 0.7853981633974483 { return (0, DoubleDouble(hi: x, lo: 0)) }
        let k = (x * twoOverPi).rounded(.toNearestOrEven)
        let a = DoubleDouble.product(k, halfPi1)
        var r = DoubleDouble.sum(x, -a.hi)
        r = DoubleDouble.sum(r.hi, r.lo - a.lo)
        let b = DoubleDouble.product(k, halfPi2)
        var s = DoubleDouble.sum(r.hi, -b.hi)
        s.lo += r.lo - b.lo - k * halfPi3
        s = DoubleDouble.fastSum(s.hi, s.lo)
        let quadrant = k.truncatingRemainder(dividingBy: 4)
        let q = Int(quadrant < 0 ? quadrant + 4 : quadrant)
        return (q, s)
    }

    /// sin(hi + lo) for |hi| ≤ π/4: Taylor to degree 19 (remainder below 2⁻⁶⁰ relative).
    @inline(__always) static func sinKernel(_ r: DoubleDouble) -> Double {
        let x = r.hi
        let z = x * x
        var p = -8.22063524662433e-18
        p = p * z + 2.8114572543455206e-15
        p = p * z - 7.647163731819816e-13
        p = p * z + 1.6059043836821613e-10
        p = p * z - 2.505210838544172e-08
        p = p * z + 2.7557319223985893e-06
        p = p * z - 0.0001984126984126984
        p = p * z + 0.008333333333333333
        p = p * z - 0.16666666666666666
        return x + (x * z * p + r.lo * (1 - 0.5 * z))
    }

    /// cos(hi + lo) for |hi| ≤ π/4: Taylor to degree 20, with 1 − z/2 formed so that its
    /// rounding error is added back (fdlibm's k_cos.c).
    @inline(__always) static func cosKernel(_ r: DoubleDouble) -> Double {
        let x = r.hi
        let z = x * x
        var q = 4.110317623312165e-19
        q = q * z - 1.5619206968586225e-16
        q = q * z + 4.779477332387385e-14
        q = q * z - 1.1470745597729725e-11
        q = q * z + 2.08767569878681e-09
        q = q * z - 2.755731922398589e-07
        q = q * z + 2.48015873015873e-05
        q = q * z - 0.001388888888888889
        q = q * z + 0.041666666666666664
        let hz = 0.5 * z
        let w = 1 - hz
        return w + (((1 - w) - hz) + (z * z * q - x * r.lo))
    }
}
