import Testing
@testable import LREngine

@Suite("Metrics")
struct MetricsTests {
    @Test func accuracyFromLogits() {
        let logits = Matrix(rows: 4, columns: 3, storage: [1, 2, 0, 5, 1, 1, 0, 0, 3, 2, 2, 1])
        // Predictions: 1, 0, 2, 0 (first maximum on a tie).
        #expect(Metrics.accuracy(logits: logits, classes: [1, 0, 2, 1]) == 0.75)
        let binary = Matrix(rows: 4, columns: 1, storage: [0.3, -2, 0, 4])
        // Predictions: 1, 0, 0 (zero is not positive), 1.
        #expect(Metrics.accuracy(logits: binary, classes: [1, 0, 1, 1]) == 0.75)
        #expect(Metrics.accuracy(logits: binary, classes: [1]).isNaN)
    }

    /// The chunked mean loss equals the loss of one full batch, for every loss.
    @Test(arguments: Loss.allCases, [1, 7, 64, 1000])
    func chunkedLossMatchesFullBatch(loss: Loss, chunkSize: Int) throws {
        let outputs = loss == .crossEntropy ? 3 : (loss == .mse ? 2 : 1)
        var network = try DenseNetwork.mlp(inputs: 5, hidden: [4], outputs: outputs, activation: .elu, loss: loss)
        GradientCheck.randomize(&network, seed: 41)
        let inputs = GradientCheck.randomMatrix(rows: 50, columns: 5, seed: 42)
        let targets: Targets = loss == .mse
            ? .values(GradientCheck.randomMatrix(rows: 50, columns: 2, seed: 43))
            : .classes((0..<50).map { $0 % (loss == .crossEntropy ? 3 : 2) })
        let full = loss.evaluate(outputs: network.predict(inputs), targets: targets)
        let chunked = Metrics.meanLoss(of: &network, loss: loss, inputs: inputs, targets: targets, chunkSize: chunkSize)
        #expect(abs(chunked - full) <= 1e-12 * max(1, abs(full)))
        let training = network.lossAndGradient(inputs: inputs, targets: targets)
        #expect(abs(training - full) <= 1e-12 * max(1, abs(full)))
        #expect(Metrics.predictions(of: &network, inputs: inputs, chunkSize: chunkSize) == network.predict(inputs))
    }
}
