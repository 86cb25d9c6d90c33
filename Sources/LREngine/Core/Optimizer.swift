/// An update rule with `torch.optim` semantics, over the flat parameter buffer.
///
/// The trainer calls `step` once per update, after gradients are computed and clipped.
/// State (moments, accumulators, step count) lives inside the value and is allocated on the
/// first step only; later steps allocate nothing. Conforming types live in `Optimizers/`, one
/// per file, each with an `Options` struct without defaults (the experiment layer's kind files
/// hold PyTorch's). Options are not validated here: the experiments layer checks them when the
/// configuration loads.
public protocol Optimizer: Sendable {
    /// Applies one update in place.
    /// - Parameters:
    ///   - lr: the scheduled base rate for this update (each group multiplies it by `lrScale`).
    ///   - momentum: when the schedule cycles momentum, the value replacing `momentum` (SGD,
    ///     RMSprop) or `beta1` (Adam family) for this update; nil otherwise.
    ///   - groups: disjoint index ranges covering every parameter.
    mutating func step(
        parameters: inout [Float],
        gradients: [Float],
        lr: Double,
        momentum: Double?,
        groups: [ParameterGroup]
    )

    /// The rate actually applied by the last step (before group scaling). Equal to the
    /// scheduled rate except for the hypergradient variants, which learn it.
    var appliedLR: Double { get }

    /// The momentum (SGD, RMSprop) or β₁ (Adam family) the last step applied: the schedule's
    /// cycled value where it cycles one, else the options' own. Nil for optimizers without one
    /// (AdaGrad, Adadelta), when momentum is off (SGD or RMSprop with momentum 0, not cycled)
    /// and before the first step.
    var appliedMomentum: Double? { get }

    /// The effective per-parameter rate of the last step, for adaptive optimizers: `rates[i]`
    /// is the factor `aᵢ` with `Δθᵢ = −aᵢ·dᵢ`, `dᵢ` the optimizer's (bias-corrected) momentum
    /// direction or gradient, so `aᵢ = ηᵢ / (√v̂ᵢ + ε)` for Adam (Kingma & Ba, 2015, §2),
    /// `ηᵢ / (√sᵢ + ε)` for AdaGrad; each type states its own. `ηᵢ` is the applied rate times
    /// the parameter's `lrScale`. Writes one value per parameter and returns true; returns false,
    /// leaving `rates` alone, for optimizers whose rate is the same for every parameter (SGD).
    func effectiveRates(into rates: inout [Float]) -> Bool

    /// `step`, also returning `Σᵢ Double(gᵢ)²` of `gradients` summed in index order from 0 —
    /// bit for bit what a separate loop gives — computed in the same pass as the update, so
    /// the serial sum overlaps the update's work. Nil, and nothing done, for optimizers that do
    /// not fold the sum in (the default); the trainer then sums and steps apart.
    mutating func stepSummingSquares(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) -> Double?

    /// Whether `stepSummingSquares` steps (false: it returns nil at once).
    var sumsSquaresInStep: Bool { get }
}

extension Optimizer {
    public var appliedMomentum: Double? { nil }

    public mutating func stepSummingSquares(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) -> Double? { nil }

    public var sumsSquaresInStep: Bool { false }

    public func effectiveRates(into rates: inout [Float]) -> Bool { false }
}
