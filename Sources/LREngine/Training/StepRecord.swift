/// One update, as `trials/<id>/curve.csv` writes it.
public struct StepRecord: Sendable, Equatable {
    /// 1-based update number over the whole run.
    public var step: Int
    /// 1-based epoch of the update; 0 for function models (no epochs).
    public var epoch: Int
    /// The rate the optimizer applied (`Optimizer.appliedLR`, before group scaling): the
    /// scheduled rate, or the learned one for hypergradient optimizers.
    public var lr: Double
    /// The cycled momentum or beta1 in force, where the schedule cycles it.
    public var momentum: Double?
    /// The mean loss of the update's batch at the parameters before the update.
    public var trainLoss: Double
    /// The global L2 norm of the gradient before clipping.
    public var gradNorm: Double

    public init(step: Int, epoch: Int, lr: Double, momentum: Double?, trainLoss: Double, gradNorm: Double) {
        self.step = step
        self.epoch = epoch
        self.lr = lr
        self.momentum = momentum
        self.trainLoss = trainLoss
        self.gradNorm = gradNorm
    }
}
