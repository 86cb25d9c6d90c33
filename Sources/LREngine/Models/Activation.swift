/// The non-linearity between dense layers (never after the head).
///
/// Forward and backward work on contiguous buffers in place; the backward pass uses the
/// pre-activation `z` and/or the output `a` kept from the forward pass.
public enum Activation: String, Sendable, CaseIterable {
    case relu
    /// `max(z, 0.01·z)`: PyTorch's default `negative_slope`.
    case leakyRelu = "leaky_relu"
    /// `z` for z > 0, `α(eᶻ − 1)` otherwise, α = 1.
    case elu
    /// `z·Φ(z) = ½z(1 + erf(z/√2))`: PyTorch's exact (not tanh-approximated) GELU.
    case gelu
    case tanh
    case sigmoid
    case identity

    static let leakySlope: Float = 0.01

    /// `nn.init.calculate_gain` for this non-linearity: relu √2, leaky_relu √(2/(1+0.01²)),
    /// tanh 5/3, sigmoid and identity 1. PyTorch has no gain for ELU or GELU; we use √2, as
    /// both behave like ReLU for positive inputs.
    public var gain: Double {
        switch self {
        case .relu, .elu, .gelu: return 2.0.squareRoot()
        case .leakyRelu: return (2 / (1 + 0.01 * 0.01)).squareRoot()
        case .tanh: return 5.0 / 3.0
        case .sigmoid, .identity: return 1
        }
    }

    /// `a[i] = f(z[i])`; `a` may equal `z`.
    public func apply(_ z: UnsafePointer<Float>, into a: UnsafeMutablePointer<Float>, count: Int) {
        switch self {
        case .relu:
            for i in 0..<count { a[i] = max(z[i], 0) }
        case .leakyRelu:
            for i in 0..<count { a[i] = z[i] > 0 ? z[i] : Activation.leakySlope * z[i] }
        case .elu:
            for i in 0..<count { a[i] = z[i] > 0 ? z[i] : libmExpm1(z[i]) }
        case .gelu:
            for i in 0..<count {
                let x = Double(z[i])
                a[i] = Float(0.5 * x * (1 + libmErf(x * 0.5.squareRoot())))
            }
        case .tanh:
            for i in 0..<count { a[i] = libmTanh(z[i]) }
        case .sigmoid:
            for i in 0..<count {
                let x = z[i]
                if x >= 0 {
                    a[i] = 1 / (1 + libmExp(-x))
                } else {
                    let e = libmExp(x)
                    a[i] = e / (1 + e)
                }
            }
        case .identity:
            if UnsafePointer(a) != z { for i in 0..<count { a[i] = z[i] } }
        }
    }

    /// `gradient[i] *= f′(z[i])`: turns ∂L/∂a into ∂L/∂z in place, using the forward
    /// pass's `z` and `a = f(z)`.
    public func backward(
        _ gradient: UnsafeMutablePointer<Float>, z: UnsafePointer<Float>,
        a: UnsafePointer<Float>, count: Int
    ) {
        switch self {
        case .relu:
            for i in 0..<count where !(z[i] > 0) { gradient[i] = 0 }
        case .leakyRelu:
            for i in 0..<count where !(z[i] > 0) { gradient[i] *= Activation.leakySlope }
        case .elu:
            // f′(z) = eᶻ = a + 1 for z ≤ 0.
            for i in 0..<count where !(z[i] > 0) { gradient[i] *= a[i] + 1 }
        case .gelu:
            // f′(z) = Φ(z) + z·φ(z).
            let inverseRootTwoPi = 1 / (2 * Double.pi).squareRoot()
            for i in 0..<count {
                let x = Double(z[i])
                let cdf = 0.5 * (1 + libmErf(x * 0.5.squareRoot()))
                let pdf = inverseRootTwoPi * libmExp(-0.5 * x * x)
                gradient[i] = Float(Double(gradient[i]) * (cdf + x * pdf))
            }
        case .tanh:
            for i in 0..<count { gradient[i] *= 1 - a[i] * a[i] }
        case .sigmoid:
            for i in 0..<count { gradient[i] *= a[i] * (1 - a[i]) }
        case .identity:
            break
        }
    }
}
