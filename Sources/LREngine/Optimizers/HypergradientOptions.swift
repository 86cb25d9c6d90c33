/// The options of a hypergradient variant: its base optimizer's options and β, the step size
/// of the rate's own update (Baydin et al., 2018). No defaults: the kind files hold them.
public struct HypergradientOptions<Base: Sendable & Equatable>: Sendable, Equatable {
    public var base: Base
    /// β, the rate of the rate.
    public var hypergradientLR: Double

    public init(_ base: Base, hypergradientLR: Double) {
        self.base = base
        self.hypergradientLR = hypergradientLR
    }
}

extension HypergradientOptions: OptimizerOptions where Base: OptimizerOptions {
    var lr: Double { base.lr }
    var weightDecay: Double { base.weightDecay }
}
