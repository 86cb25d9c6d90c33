/// One update, as `trials/<id>/curve.csv` writes it.
public struct StepRecord: Sendable, Equatable {
    /// 1-based update number over the whole run.
    public var step: Int
    /// 1-based epoch of the update; 0 for function models (no epochs).
    public var epoch: Int
    /// The rate the optimizer applied (`Optimizer.appliedLR`, before group scaling): the
    /// scheduled rate, or the learned one for hypergradient optimizers.
    public var lr: Double
    /// The momentum (SGD, RMSprop) or beta1 (Adam family) the update applied
    /// (`Optimizer.appliedMomentum`): the schedule's cycled value, else the optimizer's own.
    /// Nil for optimizers without one and when momentum is off; a diverged update, never
    /// applied, keeps the schedule's.
    public var momentum: Double?
    /// The mean loss of the update's batch at the parameters before the update.
    public var trainLoss: Double
    /// The global L2 norm of the gradient before clipping.
    public var gradNorm: Double
    /// Per layer, percentiles of the update's effective per-parameter rate
    /// (`Optimizer.effectiveRates`), for adaptive optimizers on the updates that measure it
    /// (`Trainer.effectiveStepPercentiles`); nil elsewhere.
    public var effectiveSteps: [EffectiveStepPercentiles]?

    public init(
        step: Int, epoch: Int, lr: Double, momentum: Double?, trainLoss: Double, gradNorm: Double,
        effectiveSteps: [EffectiveStepPercentiles]? = nil
    ) {
        self.step = step
        self.epoch = epoch
        self.lr = lr
        self.momentum = momentum
        self.trainLoss = trainLoss
        self.gradNorm = gradNorm
        self.effectiveSteps = effectiveSteps
    }
}
