/// How parameters are updated (`optimizer:`), with PyTorch's parameter names and defaults.
public struct OptimizerConfig: Sendable, Hashable {
    /// The registry of optimizer kinds.
    public enum Kind: String, Sendable, CaseIterable {
        case sgd, adagrad, rmsprop, adam, adamw, nadam, adamax, adadelta
        /// Hypergradient descent (Baydin et al., 2018) on SGD and Adam.
        case sgdHD = "sgd_hd", adamHD = "adam_hd"
    }

    /// A per-layer rate: parameters whose name matches `match` (first match wins).
    public struct ParamGroup: Sendable, Hashable {
        /// Glob over parameter names (`layer0.*`).
        public var match: String
        /// Multiplies the optimizer's (scheduled) rate.
        public var lrScale: Double
        /// Overrides the optimizer's weight decay for this group.
        public var weightDecay: Double?
    }

    public var kind: Kind
    public var lr: Double
    public var momentum: Double
    public var dampening: Double
    public var nesterov: Bool
    public var weightDecay: Double
    public var betas: (Double, Double) { (beta1, beta2) }
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var amsgrad: Bool
    /// RMSprop smoothing constant.
    public var alpha: Double
    public var centered: Bool
    /// Adadelta running-average coefficient.
    public var rho: Double
    public var lrDecay: Double
    public var initialAccumulatorValue: Double
    public var momentumDecay: Double
    /// Step size of the hypergradient update of the rate (sgd_hd, adam_hd).
    public var hypergradientLR: Double
    public var paramGroups: [ParamGroup]
}
