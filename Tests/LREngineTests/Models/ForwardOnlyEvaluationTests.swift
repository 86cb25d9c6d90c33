import Testing
@testable import LREngine

/// Evaluation runs the forward pass alone: the same loss bits as `lossAndGradient`, the same
/// outputs as `predict`, and the gradients untouched.
@Suite struct ForwardOnlyEvaluationTests {
    @Test(arguments: Loss.allCases)
    func sameLossAndOutputsWithoutABackwardPass(loss: Loss) throws {
        let outputs = loss == .crossEntropy ? 3 : 2
        var network = try DenseNetwork.mlp(
            inputs: 4, hidden: [5, 3], outputs: outputs, activation: .tanh, loss: loss)
        for i in network.parameters.values.indices { network.parameters.values[i] = Float(i % 7) * 0.1 - 0.3 }
        let inputs = DenseNetworkTests.inputs
        let targets = DenseNetworkTests.targets(for: loss, outputs: outputs)

        var reference = network
        let expectedLoss = reference.lossAndGradient(inputs: inputs, targets: targets)
        let expectedOutputs = reference.predict(inputs)

        for i in network.parameters.gradients.indices { network.parameters.gradients[i] = 42 }
        let (value, predicted) = network.lossAndOutputs(inputs: inputs, targets: targets)
        #expect(value.bitPattern == expectedLoss.bitPattern)
        #expect(predicted.storage.map(\.bitPattern) == expectedOutputs.storage.map(\.bitPattern))
        #expect(network.parameters.gradients.allSatisfy { $0 == 42 })
    }
}
