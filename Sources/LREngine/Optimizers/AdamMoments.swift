import CKernels

/// The hyperparameters of `Adam`, `AdamW` and `AdamHD` (torch.optim names). They carry no
/// defaults: the experiment layer's kind files hold PyTorch's.
public struct AdamOptions: Sendable, Equatable {
    /// The base rate a schedule starts from (each step uses the scheduled rate).
    public var lr: Double
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var weightDecay: Double
    public var amsgrad: Bool

    public init(lr: Double, beta1: Double, beta2: Double, eps: Double, weightDecay: Double, amsgrad: Bool) {
        (self.lr, self.beta1, self.beta2, self.eps, self.weightDecay, self.amsgrad) =
            (lr, beta1, beta2, eps, weightDecay, amsgrad)
    }
}

/// The moment buffers and update shared by `Adam`, `AdamW` and `AdamHD`.
///
/// One step at `t` (from 1), per element with group rate `η` and group decay `λ`:
///
///     g ← g + λ·θ                    (L2, Adam)   or   θ ← θ·(1 − η·λ)   (decoupled, AdamW)
///     m ← m + (1 − β₁)·(g − m)
///     v ← β₂·v + (1 − β₂)·g²
///     v̂ ← max(v̂, v)                  (amsgrad)
///     θ ← θ − (η / (1 − β₁ᵗ)) · m / (√v / √(1 − β₂ᵗ) + ε)      (√v̂ with amsgrad)
///
/// Bias corrections are computed in Double and the element arithmetic in Float, as PyTorch's
/// single-tensor implementation does for float32 parameters.
struct AdamMoments: Sendable {
    private(set) var stepCount = 0
    private(set) var segments = ParameterSegments()
    private var first: [Float] = []
    private var second: [Float] = []
    private var maxSecond: [Float] = []
    /// Bias corrections of the last step, to rebuild its direction for the hypergradient.
    private var lastCorrection1 = 1.0
    private var lastCorrection2Root = 1.0

    /// Takes this step's groups and allocates the buffers on the first step (or when the
    /// parameter count changes).
    mutating func prepare(count: Int, groups: [ParameterGroup], options: AdamOptions) {
        segments.update(groups: groups, count: count, weightDecay: options.weightDecay)
        let amsgrad = options.amsgrad
        if first.count != count {
            first = [Float](repeating: 0, count: count)
            second = [Float](repeating: 0, count: count)
            stepCount = 0
        }
        if amsgrad && maxSecond.count != count {
            maxSecond = [Float](repeating: 0, count: count)
        }
    }

    /// `Σᵢ gᵢ · sᵢ · dᵢ`: the current gradient (with L2 decay unless `decoupled`) against the
    /// previous step's direction `d = m̂ / (√v̂ + ε)`, `s` the group's rate factor; 0 on the
    /// first step. Summed in Double in index order.
    func dotWithLastDirection(parameters: [Float], gradients: [Float], options: AdamOptions, decoupled: Bool) -> Double {
        let eps = options.eps
        let amsgrad = options.amsgrad
        guard stepCount > 0 else { return 0 }
        let correction1 = Float(lastCorrection1)
        let correction2Root = Float(lastCorrection2Root)
        let eps32 = Float(eps)
        var total = 0.0
        let path = KernelPath.active.code
        let moments = amsgrad ? maxSecond : second
        precondition(gradients.count == parameters.count && first.count == parameters.count)
        precondition(moments.count == parameters.count)
        // Each segment's partial sum is one serial chain in index order in the kernel
        // (`lrk_adam_direction_dot`: the direction per element in Float, as here, then
        // `partial += Double(g) * Double(direction)`); the segments' terms are added in order.
        parameters.withUnsafeBufferPointer { theta in
            gradients.withUnsafeBufferPointer { grad in
                first.withUnsafeBufferPointer { m in
                    moments.withUnsafeBufferPointer { v in
                        for segment in segments.segments where segment.lrScale != 0 {
                            var partial = 0.0
                            if !segment.range.isEmpty {
                                let lower = segment.range.lowerBound
                                partial = lrk_adam_direction_dot(
                                    path, grad.baseAddress! + lower, theta.baseAddress! + lower, m.baseAddress! + lower,
                                    v.baseAddress! + lower, segment.range.count, Float(segment.weightDecay),
                                    decoupled ? 1 : 0, correction1, correction2Root, eps32)
                            }
                            total += segment.lrScale * partial
                        }
                    }
                }
            }
        }
        return total
    }

    /// `aᵢ = η / (√v̂ᵢ + ε)`, `v̂ = v / (1 − β₂ᵗ)` (its running maximum with amsgrad), for the
    /// last step at base rate `lr`: the factor of the bias-corrected moment `m̂ = m / (1 − β₁ᵗ)`
    /// (Kingma & Ba, 2015, §2). False before the first step.
    func effectiveRates(lr: Double, options: AdamOptions, into rates: inout [Float]) -> Bool {
        guard stepCount > 0 else { return false }
        if rates.count != second.count { rates = zeros(second.count) }
        let root = Float(lastCorrection2Root)
        let eps32 = Float(options.eps)
        let path = KernelPath.active
        let moments = options.amsgrad ? maxSecond : second
        precondition(moments.count == rates.count)
        moments.withUnsafeBufferPointer { v in
            rates.withUnsafeMutableBufferPointer { out in
                guard let v = v.baseAddress, let out = out.baseAddress else { return }
                for segment in segments.segments {
                    let lower = segment.range.lowerBound
                    lrk_adam_rates(
                        path.code, v + lower, segment.range.count, Float(lr * segment.lrScale), root, eps32,
                        out + lower)
                }
            }
        }
        return true
    }

    /// Applies one Adam step with base rate `lr` to every segment; `beta1` is the options' or
    /// the schedule's cycled momentum.
    ///
    /// With `squares`, also adds `Double(gᵢ)²` of every raw gradient to it in index order, in
    /// the same pass (the gradient norm's sum; see `Optimizer.stepSummingSquares`).
    mutating func update(
        parameters: inout [Float], gradients: [Float], lr: Double, beta1: Double, options: AdamOptions,
        decoupled: Bool, squares: UnsafeMutablePointer<Double>? = nil
    ) {
        let (beta2, eps, amsgrad) = (options.beta2, options.eps, options.amsgrad)
        stepCount += 1
        let t = Double(stepCount)
        let correction1 = 1 - _pow(beta1, t)
        let correction2Root = (1 - _pow(beta2, t)).squareRoot()
        lastCorrection1 = correction1
        lastCorrection2Root = correction2Root
        let weight = Float(1 - beta1)
        let beta2f = Float(beta2)
        let oneMinusBeta2 = Float(1 - beta2)
        let root = Float(correction2Root)
        let eps32 = Float(eps)
        let count = parameters.count
        precondition(gradients.count == count && first.count == count && second.count == count)
        precondition(!amsgrad || maxSecond.count == count)
        // Unsafe pointers let the loop vectorize; the per-element operations are unchanged.
        parameters.withUnsafeMutableBufferPointer { parameterBuffer in
            gradients.withUnsafeBufferPointer { gradientBuffer in
                first.withUnsafeMutableBufferPointer { firstBuffer in
                    second.withUnsafeMutableBufferPointer { secondBuffer in
                        maxSecond.withUnsafeMutableBufferPointer { maxBuffer in
                            guard let theta = parameterBuffer.baseAddress, let grad = gradientBuffer.baseAddress,
                                let m1 = firstBuffer.baseAddress, let m2 = secondBuffer.baseAddress
                            else { return }
                            let vMax = amsgrad ? maxBuffer.baseAddress : nil
                            let path = KernelPath.active
                            for segment in segments.segments {
                                let rate = lr * segment.lrScale
                                let constants = lrk_adam_constants(
                                    weight: weight, beta2: beta2f, one_minus_beta2: oneMinusBeta2,
                                    correction2_root: root, eps: eps32, step_size: Float(rate / correction1),
                                    decay: Float(segment.weightDecay),
                                    shrink: Float(1 - rate * segment.weightDecay),
                                    decoupled: decoupled ? 1 : 0)
                                let lower = segment.range.lowerBound
                                lrk_adam_update(
                                    path.code, theta + lower, grad + lower, m1 + lower, m2 + lower,
                                    vMax.map { $0 + lower }, segment.range.count, constants, squares)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// PyTorch's float `lerp`: `a + w·(b − a)` for `w < 0.5`, else `b − (b − a)·(1 − w)`.
@inline(__always) func lerp(_ a: Float, _ b: Float, _ w: Float) -> Float {
    w < 0.5 ? a + w * (b - a) : b - (b - a) * (1 - w)
}

/// `g + λ·θ`, the L2-decayed gradient; `g` itself when `λ` is 0 (no rounding then).
@inline(__always) func decayed(_ g: Float, _ parameter: Float, _ decay: Float) -> Float {
    decay != 0 ? g + decay * parameter : g
}

/// A zeroed buffer of `count` elements.
@inline(__always) func zeros(_ count: Int) -> [Float] { [Float](repeating: 0, count: count) }
