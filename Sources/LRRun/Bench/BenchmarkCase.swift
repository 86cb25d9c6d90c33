/// One network shape to time: an MLP `inputs → hidden… → outputs` trained at `batchSize`.
package struct BenchmarkCase: Sendable, Equatable {
    package var inputs: Int
    package var hidden: [Int]
    package var outputs: Int
    package var batchSize: Int
    /// Updates timed per repetition, at least; see `timedSteps`.
    package var steps: Int
    package var optimizer: BenchmarkOptimizer

    package init(
        inputs: Int, hidden: [Int], outputs: Int, batchSize: Int, steps: Int,
        optimizer: BenchmarkOptimizer = .adam
    ) {
        self.optimizer = optimizer
        self.inputs = inputs
        self.hidden = hidden
        self.outputs = outputs
        self.batchSize = batchSize
        self.steps = steps
    }

    /// Batches per epoch of the synthetic training set.
    package static let batchesPerEpoch = 10

    /// The updates actually timed: `steps` rounded up to whole epochs of ten batches.
    package var timedSteps: Int {
        let epochs = (max(steps, 1) + Self.batchesPerEpoch - 1) / Self.batchesPerEpoch
        return epochs * Self.batchesPerEpoch
    }

    /// `64→[256, 256]→10 @128 adam`.
    package var name: String {
        "\(inputs)→[\(hidden.map(String.init).joined(separator: ", "))]→\(outputs) @\(batchSize) \(optimizer.rawValue)"
    }

    /// Floating-point operations of one forward pass: `2·m·n·k` per layer GEMM
    /// (`m` = batch, `k` = fan-in, `n` = fan-out).
    package var forwardFLOPs: Double {
        let widths = [inputs] + hidden + [outputs]
        var total = 0.0
        for layer in 0..<(widths.count - 1) {
            total += 2 * Double(batchSize) * Double(widths[layer]) * Double(widths[layer + 1])
        }
        return total
    }

    /// FLOPs of one training step, counted as 3 × forward: the forward GEMM plus the two
    /// backward GEMMs per layer (weight gradient and input gradient), each as large as the
    /// forward one. Bias, activation, loss and optimizer work are not counted (they are
    /// O(parameters + activations), not O(batch × parameters)); the first layer's input
    /// gradient is counted although it is not computed, so the figure slightly overstates the
    /// work for shallow networks.
    package var stepFLOPs: Double { 3 * forwardFLOPs }

    /// The shapes `lrlab bench` reports: digits- and MNIST-sized MLPs, a toy 2-D classifier
    /// and a tiny SGD network (where per-step overhead dominates).
    package static let standard = [
        BenchmarkCase(inputs: 64, hidden: [256, 256], outputs: 10, batchSize: 128, steps: 300),
        BenchmarkCase(inputs: 784, hidden: [256, 256], outputs: 10, batchSize: 128, steps: 100),
        BenchmarkCase(inputs: 2, hidden: [64, 64], outputs: 3, batchSize: 32, steps: 5000),
        BenchmarkCase(inputs: 8, hidden: [32], outputs: 2, batchSize: 16, steps: 20000, optimizer: .sgd),
    ]
}

/// The optimizer a benchmark case updates with (lr 1e-3, PyTorch's defaults otherwise).
package enum BenchmarkOptimizer: String, Sendable, Equatable {
    case adam
    case sgd
}
