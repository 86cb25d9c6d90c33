/// PyTorch's `nn.init.calculate_gain`: the factor that keeps activations' variance stable
/// through a non-linearity.
public enum Gain {
    /// `selu`'s gain, 3/4 (PyTorch's value for self-normalising networks).
    public static let selu = 0.75

    /// The gain for PyTorch's non-linearity name: `linear`, `identity`, `sigmoid` 1,
    /// `tanh` 5/3, `relu` √2, `leaky_relu` √(2/(1 + slope²)) (slope 0.01 by default), `selu`
    /// 3/4; our `elu` and `gelu` take √2 (PyTorch has no gain for them). Nil for other names.
    public static func calculate(_ nonlinearity: String, slope: Double = 0.01) -> Double? {
        switch nonlinearity {
        case "linear", "identity", "sigmoid", "conv1d", "conv2d", "conv3d": return 1
        case "tanh": return 5.0 / 3.0
        case "relu", "elu", "gelu": return 2.0.squareRoot()
        case "leaky_relu": return (2 / (1 + slope * slope)).squareRoot()
        case "selu": return selu
        default: return nil
        }
    }
}
