extension Elementary {
    /// Hyperbolic tangent: (e²ˣ − 1)/(e²ˣ + 1) through `expm1`, which keeps it accurate near 0.
    public static func tanh(_ x: Double) -> Double {
        if x.isNaN { return x }
        let a = abs(x)
        if a < 0x1p-28 { return x }
        let t: Double
        if a > 22 { t = 1 }  // tanh(22) rounds to 1
        else {
            let e = expm1(2 * a)
            t = e / (e + 2)
        }
        return x < 0 ? -t : t
    }

    /// Hyperbolic tangent in `Float`, rounded once from the `Double` result.
    public static func tanh(_ x: Float) -> Float { Float(tanh(Double(x))) }

    /// The logistic function 1/(1 + e⁻ˣ), written so that e^(−|x|) never overflows.
    public static func sigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + exp(-x)) }
        let e = exp(x)
        return e / (1 + e)
    }
}
