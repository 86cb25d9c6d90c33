import Testing
@testable import LREngine

@Suite("Dense networks")
struct DenseNetworkTests {
    static let batch = 6
    static let inputs = GradientCheck.randomMatrix(rows: batch, columns: 4, seed: 21)

    /// Targets that suit `loss` for a head of `outputs` units.
    static func targets(for loss: Loss, outputs: Int) -> Targets {
        switch loss {
        case .mse:
            return .values(GradientCheck.randomMatrix(rows: batch, columns: outputs, seed: 22))
        case .crossEntropy:
            return .classes((0..<batch).map { $0 % outputs })
        case .binaryCrossEntropy:
            return outputs == 1
                ? .classes((0..<batch).map { $0 % 2 })
                : .values(Matrix(rows: batch, columns: outputs, storage: (0..<(batch * outputs)).map { Float($0 % 3) / 2 }))
        }
    }

    static func expectGradientsMatch(_ network: DenseNetwork, targets: Targets, absolute: Double = 5e-4) {
        var model = network
        _ = model.lossAndGradient(inputs: inputs, targets: targets)
        let analytic = model.parameters.gradients.map(Double.init)
        let numeric = GradientCheck.numericalGradient(of: network, inputs: inputs, targets: targets)
        let bad = GradientCheck.mismatches(analytic: analytic, numeric: numeric, absolute: absolute, relative: 5e-3)
        let names = bad.prefix(5).map { index in
            network.parameters.tensors.first { $0.range.contains(index) }.map { "\($0.name)[\(index - $0.range.lowerBound)]" } ?? "?"
        }
        #expect(bad.isEmpty, "\(bad.count) mismatches, first at \(names)")
    }

    /// Every activation through two hidden layers, with every loss on the head.
    @Test(arguments: Activation.allCases, Loss.allCases)
    func mlpGradients(activation: Activation, loss: Loss) throws {
        let outputs = loss == .binaryCrossEntropy ? 1 : 3
        var network = try DenseNetwork.mlp(
            inputs: 4, hidden: [5, 3], outputs: outputs, activation: activation, loss: loss)
        GradientCheck.randomize(&network, seed: 23)
        Self.expectGradientsMatch(network, targets: Self.targets(for: loss, outputs: outputs))
    }

    /// BCE on several independent logits (value targets), through one hidden layer.
    @Test func multiLabelBinaryGradients() throws {
        var network = try DenseNetwork.mlp(
            inputs: 4, hidden: [6], outputs: 2, activation: .tanh, loss: .binaryCrossEntropy)
        GradientCheck.randomize(&network, seed: 24)
        Self.expectGradientsMatch(network, targets: Self.targets(for: .binaryCrossEntropy, outputs: 2))
    }

    @Test(arguments: [1, 2])
    func linearGradients(outputs: Int) throws {
        var network = try DenseNetwork.linear(inputs: 4, outputs: outputs)
        GradientCheck.randomize(&network, seed: 25)
        #expect(network.loss == .mse)
        Self.expectGradientsMatch(network, targets: Self.targets(for: .mse, outputs: outputs))
    }

    @Test(arguments: [2, 3, 5])
    func logisticGradients(classes: Int) throws {
        var network = try DenseNetwork.logistic(inputs: 4, classes: classes)
        GradientCheck.randomize(&network, seed: 26)
        #expect(network.outputCount == (classes == 2 ? 1 : classes))
        #expect(network.loss == (classes == 2 ? .binaryCrossEntropy : .crossEntropy))
        Self.expectGradientsMatch(network, targets: .classes((0..<Self.batch).map { $0 % classes }))
    }

    /// The weight is `[out, in]` (PyTorch's `nn.Linear`): outputs = x·Wᵀ + b.
    @Test func forwardUsesTorchLayout() throws {
        var network = try DenseNetwork(inputs: 2, outputs: 3, activation: .identity, loss: .mse)
        #expect(network.parameters.tensors.map(\.name) == ["layer0.weight", "layer0.bias"])
        #expect(network.parameters.tensors.map(\.shape) == [[3, 2], [3]])
        network.parameters.values = [1, 0, 0, 1, 1, 1, 0.5, 0, -1]
        let outputs = network.predict(Matrix(rows: 2, columns: 2, storage: [1, 2, -1, 3]))
        #expect(outputs.storage == [1.5, 2, 2, -0.5, 3, 1])
    }

    /// Hidden layers apply the activation; the head does not.
    @Test func hiddenActivationAndLinearHead() throws {
        var network = try DenseNetwork.mlp(inputs: 1, hidden: [2], outputs: 1, activation: .relu, loss: .mse)
        #expect(network.parameters.tensors.map(\.name) == ["layer0.weight", "layer0.bias", "layer1.weight", "layer1.bias"])
        // h = relu([x, −x]), y = h₀ − h₁ − 1: for x = 2, h = [2, 0], y = 1; for x = −3, h = [0, 3], y = −4.
        network.parameters.values = [1, -1, 0, 0, 1, -1, -1]
        let outputs = network.predict(Matrix(rows: 2, columns: 1, storage: [2, -3]))
        #expect(outputs.storage == [1, -4])
    }

    /// Names as PyTorch's `nn.Sequential` would number them, per dense layer.
    @Test func parameterNamesAndShapes() throws {
        let network = try DenseNetwork.mlp(inputs: 64, hidden: [256, 256], outputs: 10, activation: .relu, loss: .crossEntropy)
        #expect(network.parameters.tensors.map(\.name) == [
            "layer0.weight", "layer0.bias", "layer1.weight", "layer1.bias", "layer2.weight", "layer2.bias",
        ])
        #expect(network.parameters.tensors.map(\.shape) == [[256, 64], [256], [256, 256], [256], [10, 256], [10]])
        #expect(network.parameters.count == 64 * 256 + 256 + 256 * 256 + 256 + 256 * 10 + 10)
    }

    @Test func invalidSettingsThrow() {
        #expect(throws: ModelError.self) { try DenseNetwork.logistic(inputs: 3, classes: 1) }
        #expect(throws: ModelError.self) { try DenseNetwork.linear(inputs: 0) }
        #expect(throws: ModelError.self) {
            try DenseNetwork.mlp(inputs: 3, hidden: [4, 0], outputs: 2, activation: .relu, loss: .mse)
        }
    }

    /// A batch with the wrong width gives NaN and zero gradients instead of reading out of bounds.
    @Test func wrongInputWidthIsNaN() throws {
        var network = try DenseNetwork.linear(inputs: 3)
        GradientCheck.randomize(&network, seed: 27)
        let value = network.lossAndGradient(
            inputs: Matrix(rows: 2, columns: 4), targets: .values(Matrix(rows: 2, columns: 1)))
        #expect(value.isNaN)
        #expect(network.parameters.gradients.allSatisfy { $0 == 0 })
    }

    /// After the first step at a batch size, further steps reuse the same workspace and
    /// gradient storage (no reallocation), also after a smaller final batch. (The caller must
    /// not hold a second reference to `parameters.gradients`, or Swift copies it on write.)
    @Test func stepsReuseStorage() throws {
        var network = try DenseNetwork.mlp(inputs: 4, hidden: [8, 8], outputs: 3, activation: .gelu, loss: .crossEntropy)
        GradientCheck.randomize(&network, seed: 28)
        let big = GradientCheck.randomMatrix(rows: 16, columns: 4, seed: 29)
        let small = GradientCheck.randomMatrix(rows: 5, columns: 4, seed: 30)
        let bigTargets = Targets.classes((0..<16).map { $0 % 3 })
        let smallTargets = Targets.classes((0..<5).map { $0 % 3 })
        let first = network.lossAndGradient(inputs: big, targets: bigTargets)
        // A sum, not a copy: holding the array would make the next step copy on write.
        let gradientSum = network.parameters.gradients.reduce(0, +)
        let addresses = network.bufferAddresses
        _ = network.lossAndGradient(inputs: small, targets: smallTargets)
        #expect(network.bufferAddresses == addresses)
        let again = network.lossAndGradient(inputs: big, targets: bigTargets)
        #expect(network.bufferAddresses == addresses)
        #expect(again == first)
        #expect(network.parameters.gradients.reduce(0, +) == gradientSum)
    }

    /// Training actually learns: plain gradient descent separates a linearly separable set.
    @Test func gradientDescentFitsSeparableData() throws {
        var network = try DenseNetwork.mlp(inputs: 2, hidden: [8], outputs: 2, activation: .tanh, loss: .crossEntropy)
        GradientCheck.randomize(&network, seed: 31)
        let inputs = GradientCheck.randomMatrix(rows: 64, columns: 2, seed: 32)
        let classes = (0..<64).map { inputs[$0, 0] + inputs[$0, 1] > 0 ? 1 : 0 }
        let start = network.lossAndGradient(inputs: inputs, targets: .classes(classes))
        var last = start
        for _ in 0..<300 {
            last = network.lossAndGradient(inputs: inputs, targets: .classes(classes))
            for i in 0..<network.parameters.count {
                network.parameters.values[i] -= 0.5 * network.parameters.gradients[i]
            }
        }
        #expect(last < 0.2 * start)
        #expect(Metrics.accuracy(logits: network.predict(inputs), classes: classes) >= 0.95)
    }
}
