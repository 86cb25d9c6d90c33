/// One update of a range test.
public struct RangeTestPoint: Sendable, Equatable {
    /// 1-based update number.
    public var step: Int
    /// The rate the optimizer applied.
    public var lr: Double
    /// The batch loss at the parameters before the update.
    public var loss: Double
    /// The bias-corrected moving average of the losses so far (`LossSmoother`).
    public var smoothedLoss: Double

    public init(step: Int, lr: Double, loss: Double, smoothedLoss: Double) {
        self.step = step
        self.lr = lr
        self.loss = loss
        self.smoothedLoss = smoothedLoss
    }
}
