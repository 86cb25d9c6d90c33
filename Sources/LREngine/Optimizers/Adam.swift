/// Adam (Kingma & Ba, 2015, "Adam: A Method for Stochastic Optimization"), with optional
/// AMSGrad (Reddi, Kale & Kumar, 2018), as `torch.optim.Adam`.
///
/// Weight decay is L2: `λ·θ` is added to the gradient before the moments. Per element, with
/// group rate `η = lr · lrScale`, at step `t`:
///
///     m ← β₁·m + (1 − β₁)·g,   v ← β₂·v + (1 − β₂)·g²,   v̂ ← max(v̂, v) (amsgrad)
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)
///
/// Source: PyTorch documentation, `torch.optim.Adam`. A cycled `momentum:` from the schedule
/// replaces `β₁` for that step (and its bias correction), as `OneCycleLR` does.
public struct Adam: Optimizer {
    public typealias Options = AdamOptions

    /// Where weight decay acts: on the gradient (L2, Adam) or on the weights (AdamW).
    enum Decay: Sendable { case l2, decoupled }

    public var options: Options
    public private(set) var appliedLR: Double
    public private(set) var appliedMomentum: Double?
    private let decay: Decay
    private var moments = AdamMoments()

    public init(options: Options) {
        self.init(options: options, decay: .l2)
    }

    init(options: Options, decay: Decay) {
        self.options = options
        self.decay = decay
        self.appliedLR = options.lr
    }

    public func effectiveRates(into rates: inout [Float]) -> Bool {
        moments.effectiveRates(lr: appliedLR, options: options, into: &rates)
    }

    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        step(parameters: &parameters, gradients: gradients, lr: lr, momentum: momentum, groups: groups, squares: nil)
    }

    public var sumsSquaresInStep: Bool { true }

    public mutating func stepSummingSquares(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) -> Double? {
        var sum = 0.0
        step(parameters: &parameters, gradients: gradients, lr: lr, momentum: momentum, groups: groups, squares: &sum)
        return sum
    }

    private mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup], squares: UnsafeMutablePointer<Double>?
    ) {
        moments.prepare(count: parameters.count, groups: groups, options: options)
        appliedLR = lr
        let beta1 = momentum ?? options.beta1
        appliedMomentum = beta1
        moments.update(
            parameters: &parameters, gradients: gradients, lr: lr, beta1: beta1,
            options: options, decoupled: decay == .decoupled, squares: squares)
    }
}
