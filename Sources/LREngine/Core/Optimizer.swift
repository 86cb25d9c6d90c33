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
}
