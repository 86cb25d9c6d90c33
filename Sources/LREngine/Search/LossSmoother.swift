/// An exponential moving average of losses with bias correction, as fastai's
/// `AvgSmoothLoss` (the same correction as Adam's moments):
///
///     avgᵢ = β·avgᵢ₋₁ + (1 − β)·lossᵢ,   avg₀ = 0
///     smoothedᵢ = avgᵢ / (1 − βⁱ)
///
/// A non-finite loss makes every later value non-finite, which the range test treats as
/// divergence.
public struct LossSmoother: Sendable, Equatable {
    public let beta: Double
    public private(set) var count = 0
    private var average = 0.0

    public init(beta: Double = 0.98) { self.beta = beta }

    /// Adds a loss and returns the smoothed value.
    public mutating func add(_ loss: Double) -> Double {
        count += 1
        average = beta * average + (1 - beta) * loss
        return average / (1 - _pow(beta, Double(count)))
    }
}
