import CKernels

/// The dense layer's elementwise work on the dispatched kernels (`Sources/CKernels/layers.c`):
/// the bias add fused with the activation, the activation backward pass, the bias
/// gradient. Each computes the bits of the Swift loops it replaced, on every path
/// (docs/numerics.md).
enum LayerKernels {
    /// `z[r, j] += bias[j]`, then `a = f(z)` in the same pass (every activation; the
    /// kernel's ELU, tanh, sigmoid and GELU are `Activation.apply`'s bits). `a` may equal `z`:
    /// then the kernel adds the bias and `Activation.apply` runs in place after it.
    static func addBias(
        _ bias: UnsafePointer<Float>, to z: UnsafeMutablePointer<Float>, rows: Int, columns: Int,
        activation: Activation?, into a: UnsafeMutablePointer<Float>, path: KernelPath
    ) {
        let fused = a == z ? nil : activation.flatMap(\.fusedForwardCode)
        lrk_bias_activation(
            path.code, bias, z, a, rows, columns, fused ?? Int32(LRK_ACTIVATION_IDENTITY.rawValue),
            Activation.leakySlope)
        if let activation, fused == nil, activation != .identity {
            activation.apply(z, into: a, count: rows * columns)
        }
    }

    /// `gradient[i] *= f′(z[i])` (the kernel's GELU is `Activation.backward`'s bits).
    static func activationBackward(
        _ activation: Activation, gradient: UnsafeMutablePointer<Float>, z: UnsafePointer<Float>,
        a: UnsafePointer<Float>, count: Int, path: KernelPath
    ) {
        guard let code = activation.backwardCode else {
            activation.backward(gradient, z: z, a: a, count: count)
            return
        }
        lrk_activation_backward(path.code, gradient, z, a, count, code, Activation.leakySlope)
    }

    /// `sums[j] = Σᵣ x[r, j]` from zero, rows in order.
    static func columnSums(
        of x: UnsafePointer<Float>, rows: Int, columns: Int, into sums: UnsafeMutablePointer<Float>,
        path: KernelPath
    ) {
        lrk_column_sums(path.code, x, rows, columns, sums)
    }
}

extension Activation {
    /// The kernel code of an activation whose forward pass the bias kernel fuses (all but
    /// identity, which is the bias alone).
    var fusedForwardCode: Int32? {
        switch self {
        case .relu: Int32(LRK_ACTIVATION_RELU.rawValue)
        case .leakyRelu: Int32(LRK_ACTIVATION_LEAKY_RELU.rawValue)
        case .elu: Int32(LRK_ACTIVATION_ELU.rawValue)
        case .tanh: Int32(LRK_ACTIVATION_TANH.rawValue)
        case .sigmoid: Int32(LRK_ACTIVATION_SIGMOID.rawValue)
        case .gelu: Int32(LRK_ACTIVATION_GELU.rawValue)
        case .identity: nil
        }
    }

    /// The kernel code of an activation whose backward pass runs in the kernels.
    var backwardCode: Int32? {
        switch self {
        case .relu: Int32(LRK_ACTIVATION_RELU.rawValue)
        case .leakyRelu: Int32(LRK_ACTIVATION_LEAKY_RELU.rawValue)
        case .elu: Int32(LRK_ACTIVATION_ELU.rawValue)
        case .tanh: Int32(LRK_ACTIVATION_TANH.rawValue)
        case .sigmoid: Int32(LRK_ACTIVATION_SIGMOID.rawValue)
        case .gelu: Int32(LRK_ACTIVATION_GELU.rawValue)
        case .identity: Int32(LRK_ACTIVATION_IDENTITY.rawValue)
        }
    }
}
