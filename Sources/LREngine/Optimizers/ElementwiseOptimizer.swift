/// Options every elementwise optimizer has: the base rate a schedule starts from and the
/// default weight decay (groups may override it).
protocol OptimizerOptions: Sendable, Equatable {
    var lr: Double { get }
    var weightDecay: Double { get }
}

/// An optimizer that updates each parameter from its own L2-decayed gradient and per-element
/// state (`SGD`, `SGDHD`, `Adagrad`, `RMSprop`, `Adadelta`, `Adamax`, `NAdam`).
///
/// `step` is written once here: it resolves the groups into segments, records the applied
/// rate and hands each segment, with its rate and decay `λ`, to the optimizer, whose element
/// rule starts from `g ← g + λ·θ`. A conforming type states only its own rule, in three parts
/// so that nothing is recomputed per element:
/// - `begin`: once per step, sizes the state (first step, or a new parameter count) and
///   returns the step's constants;
/// - `segment`: once per segment, from the segment's rate `η = base rate · lrScale` (Double);
/// - `update`: once per segment, looping over its elements in Float.
protocol ElementwiseOptimizer: Optimizer {
    associatedtype Options: OptimizerOptions
    associatedtype StepValues
    associatedtype SegmentValues

    var options: Options { get }
    var core: OptimizerCore { get set }

    /// Sizes the state for `count` parameters and returns this step's constants; `momentum` is
    /// the schedule's cycled value, if any.
    mutating func begin(count: Int, momentum: Double?) -> StepValues

    /// The momentum or β₁ in force for this step given the schedule's cycled value; nil for
    /// optimizers without one (the default).
    func momentumInForce(_ scheduled: Double?) -> Double?

    /// This step's base rate: the scheduled `lr`, or the rate a hypergradient variant learns
    /// from this step's gradients (read before any parameter moves).
    mutating func baseRate(
        _ lr: Double, _ step: StepValues, parameters: [Float], gradients: [Float],
        segments: [ParameterSegments.Segment]
    ) -> Double

    /// The constants of a segment whose rate is `rate` (`base rate · lrScale`).
    func segment(rate: Double, _ step: StepValues) -> SegmentValues

    /// Updates the parameters in `range` (one segment, weight decay `decay`); each element
    /// starts from its decayed gradient `decayed(gradients[i], parameters[i], decay)`. (The
    /// element loop is the optimizer's own so that its array checks leave the loop.)
    mutating func update(
        _ parameters: inout [Float], _ gradients: [Float], _ range: Range<Int>, decay: Float, _ step: StepValues,
        _ segment: SegmentValues)
}

extension ElementwiseOptimizer {
    public var appliedLR: Double { core.appliedLR ?? options.lr }

    public var appliedMomentum: Double? { core.appliedMomentum }

    func momentumInForce(_ scheduled: Double?) -> Double? { nil }

    func baseRate(
        _ lr: Double, _ step: StepValues, parameters: [Float], gradients: [Float],
        segments: [ParameterSegments.Segment]
    ) -> Double { lr }

    // Inlined into each optimizer's witness, so the element loop is specialised to its rule.
    @inline(__always)
    public mutating func step(
        parameters: inout [Float], gradients: [Float], lr: Double, momentum: Double?,
        groups: [ParameterGroup]
    ) {
        let segments = core.begin(groups: groups, count: parameters.count, weightDecay: options.weightDecay, lr: lr)
        let step = begin(count: parameters.count, momentum: momentum)
        let base = baseRate(lr, step, parameters: parameters, gradients: gradients, segments: segments)
        core.appliedLR = base
        core.appliedMomentum = momentumInForce(momentum)
        for segment in segments {
            let values = self.segment(rate: base * segment.lrScale, step)
            update(&parameters, gradients, segment.range, decay: Float(segment.weightDecay), step, values)
        }
    }
}
