/// AdamW (Loshchilov & Hutter, 2019, "Decoupled Weight Decay Regularization"), as
/// `torch.optim.AdamW`.
///
/// The decay acts on the weights, not the gradient: per element, with group rate
/// `η = lr · lrScale` and group decay `λ`, at step `t`:
///
///     θ ← θ·(1 − η·λ)
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   v̂ ← max(v̂, v) (amsgrad)
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// Source: PyTorch documentation, `torch.optim.AdamW`. A cycled
/// `momentum:` from the schedule replaces `β₁` for that step.
public struct AdamW: Optimizer {
    public typealias Options = AdamOptions

    /// Adam with its decay moved from the gradient to the weights.
    private var adam: Adam

    public var options: Options {
        get { adam.options }
        set { adam.options = newValue }
    }

    public var appliedLR: Double { adam.appliedLR }

    public var appliedMomentum: Double? { adam.appliedMomentum }

    /// As `Adam`'s: the decoupled decay shrinks θ apart from this rate.
    public func effectiveRates(into rates: inout [Float]) -> Bool { adam.effectiveRates(into: &rates) }

    public init(options: Options) {
        adam = Adam(options: options, decay: .decoupled)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        adam.step(parameters: &parameters, gradients: gradients, lr: lr, momentum: momentum, groups: groups)
    }

    public var sumsSquaresInStep: Bool { true }

    public mutating func stepSummingSquares(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) -> Double? {
        adam.stepSummingSquares(
            parameters: &parameters, gradients: gradients, lr: lr, momentum: momentum, groups: groups)
    }
}
