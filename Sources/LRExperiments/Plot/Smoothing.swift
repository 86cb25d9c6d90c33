/// Curve smoothing as TensorBoard's scalar dashboard does it.
enum Smoothing {
    /// The exponential moving average of `ys` with `weight` w in [0, 1), debiased so the first
    /// values are not pulled towards 0: with `s₀ = 0` and n the finite values seen so far,
    /// `sₙ = w·sₙ₋₁ + (1 − w)·yₙ` and the output is `sₙ / (1 − wⁿ)`. Nil and non-finite
    /// values pass through unchanged and leave the average alone (TensorBoard's
    /// `smoothingWeight`); a weight outside [0, 1) returns `ys` unchanged.
    static func ema(_ ys: [Double?], weight: Double) -> [Double?] {
        guard weight > 0, weight < 1 else { return ys }
        var average = 0.0
        // wⁿ as a running product, so the same inputs give the same bits everywhere.
        var power = 1.0
        return ys.map { y in
            guard let y, y.isFinite else { return y }
            average = weight * average + (1 - weight) * y
            power *= weight
            return average / (1 - power)
        }
    }
}
