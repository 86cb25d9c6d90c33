/// Smoothing of plotted curves.
package enum Smoothing {
    /// TensorBoard's debiased exponential moving average (its scalar dashboard's "smoothing"):
    /// `last = last · w + (1 − w) · y` over the finite values in order, each shown as
    /// `last / (1 − wⁿ)` where n counts the finite values so far, so the start is not pulled
    /// towards 0. Nil and non-finite values pass through unchanged and do not update the
    /// average. `weight` is in [0, 1); 0 returns `ys` unchanged. `wⁿ` is a running product, so
    /// every platform computes the same values.
    package static func ema(_ ys: [Double?], weight: Double) -> [Double?] {
        guard weight > 0, weight < 1 else { return ys }
        var last = 0.0
        var power = 1.0
        return ys.map { y in
            guard let y, y.isFinite else { return y }
            last = last * weight + (1 - weight) * y
            power *= weight
            return last / (1 - power)
        }
    }
}
