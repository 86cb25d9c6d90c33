import Testing
@testable import LREngine

/// Weighted cross-entropy as PyTorch's `CrossEntropyLoss(weight=w)` defines it: the mean over
/// the batch is `Σ w_y·l / Σ w_y`. Expected values were computed from that formula in plain
/// Python (`math.log`, `math.exp`, `math.log1p`); the balanced weights by scikit-learn's
/// `compute_class_weight('balanced', …)`.
@Suite("Class weights")
struct ClassWeightTests {
    static func value(
        _ loss: Loss, _ outputs: [Float], columns: Int, _ classes: [Int], weights: [Double]?
    ) -> Double {
        loss.evaluate(
            outputs: Matrix(rows: outputs.count / columns, columns: columns, storage: outputs),
            targets: .classes(classes), classWeights: weights)
    }

    @Test func weightedValuesMatchPyTorchsDefinition() {
        let ce = Self.value(.crossEntropy, [1, 2, 3, 1, 2, 3, 0, 1, -1], columns: 3, [2, 0, 1], weights: [0.5, 2, 1])
        #expect(abs(ce - 0.693320250158666) < 1e-12)
        let bce = Self.value(.binaryCrossEntropy, [0, 2, -3], columns: 1, [1, 0, 1], weights: [0.6, 3])
        #expect(abs(bce - 1.8941455156101283) < 1e-12)
    }

    /// Equal weights change nothing; BCE with weights is CE with weights on the logits `[0, x]`.
    @Test func weightedLossesAgreeWithTheirUnweightedAndTwoLogitForms() {
        let outputs: [Float] = [0.5, -1, 2, 0.25]
        let classes = [1, 0, 0, 1]
        let plain = Self.value(.binaryCrossEntropy, outputs, columns: 1, classes, weights: nil)
        let equal = Self.value(.binaryCrossEntropy, outputs, columns: 1, classes, weights: [2.5, 2.5])
        #expect(abs(plain - equal) < 1e-12)
        let weights = [0.3, 4.0]
        let binary = Self.value(.binaryCrossEntropy, outputs, columns: 1, classes, weights: weights)
        let twoLogits = Self.value(.crossEntropy, outputs.flatMap { [0, $0] }, columns: 2, classes, weights: weights)
        #expect(abs(binary - twoLogits) < 1e-12)
    }

    @Test func weightsThatDoNotFitGiveNaNAndAreRefused() {
        #expect(Self.value(.crossEntropy, [1, 2, 3], columns: 3, [0], weights: [1, 2]).isNaN)
        #expect(Self.value(.crossEntropy, [1, 2, 3], columns: 3, [0], weights: [1, 0, 2]).isNaN)
        #expect(Self.value(.binaryCrossEntropy, [1], columns: 1, [0], weights: [1, .infinity]).isNaN)
        #expect(throws: ModelError.self) {
            try Loss.mse.validate(.classes([0]), rows: 1, outputs: 1, classWeights: [1, 1])
        }
        #expect(throws: ModelError.self) {
            try Loss.crossEntropy.validate(
                .values(Matrix(rows: 1, columns: 2, storage: [0.5, 0.5])), rows: 1, outputs: 2, classWeights: [1, 1])
        }
    }

    struct GradientCase: CustomStringConvertible, Sendable {
        var loss: Loss
        var columns: Int
        var classes: [Int]
        var weights: [Double]
        var description: String { "\(loss.rawValue), weights \(weights)" }
    }

    static let gradientCases: [GradientCase] = [
        GradientCase(loss: .crossEntropy, columns: 4, classes: [0, 3, 1, 2, 3], weights: [0.5, 2, 1, 3]),
        GradientCase(loss: .binaryCrossEntropy, columns: 1, classes: [1, 0, 0, 1, 1], weights: [0.55, 5]),
    ]

    /// d(loss)/d(outputs) against central differences of the weighted loss.
    @Test(arguments: gradientCases)
    func gradientMatchesFiniteDifferences(_ testCase: GradientCase) {
        let outputs = GradientCheck.randomMatrix(rows: testCase.classes.count, columns: testCase.columns, seed: 21, scale: 2)
        let targets = Targets.classes(testCase.classes)
        var analytic = [Float](repeating: 0, count: outputs.storage.count)
        outputs.storage.withUnsafeBufferPointer { o in
            analytic.withUnsafeMutableBufferPointer { g in
                _ = testCase.loss.evaluate(
                    outputs: o.baseAddress!, rows: outputs.rows, columns: outputs.columns,
                    targets: targets, classWeights: testCase.weights, gradient: g.baseAddress!)
            }
        }
        var numeric = [Double](repeating: 0, count: analytic.count)
        for i in numeric.indices {
            var probe = outputs
            let original = probe.storage[i]
            let plus = Float(Double(original) + 1e-3), minus = Float(Double(original) - 1e-3)
            probe.storage[i] = plus
            let up = testCase.loss.evaluate(outputs: probe, targets: targets, classWeights: testCase.weights)
            probe.storage[i] = minus
            let down = testCase.loss.evaluate(outputs: probe, targets: targets, classWeights: testCase.weights)
            numeric[i] = (up - down) / (Double(plus) - Double(minus))
        }
        let bad = GradientCheck.mismatches(
            analytic: analytic.map(Double.init), numeric: numeric, absolute: 1e-6, relative: 1e-4)
        #expect(bad.isEmpty, "mismatch at \(bad): \(analytic) vs \(numeric)")
    }

    @Test func balancedWeightsFollowScikitLearn() throws {
        let three = try ClassWeights.balanced([0, 0, 0, 0, 0, 0, 0, 1, 1, 2], classCount: 3)
        let expected = [0.47619047619047616, 1.6666666666666667, 3.3333333333333335]
        for (a, b) in zip(three, expected) { #expect(abs(a - b) < 1e-15) }
        let two = try ClassWeights.balanced(Array(repeating: 0, count: 90) + Array(repeating: 1, count: 10), classCount: 2)
        #expect(two == [0.5555555555555556, 5.0])
        #expect(throws: ModelError.self) { try ClassWeights.balanced([0, 0, 1], classCount: 3) }
        #expect(throws: ModelError.self) { try ClassWeights.balanced([0, 4], classCount: 2) }
    }

    /// A network's mean loss over batches of different weight sums combines to the weighted
    /// mean over all rows (what the trainer reports per epoch).
    @Test func batchWeightsCombineToTheWholeWeightedMean() throws {
        var network = try DenseNetwork(inputs: 2, outputs: 1, activation: .identity, loss: .binaryCrossEntropy)
        for i in network.parameters.values.indices { network.parameters.values[i] = Float(i + 1) * 0.3 - 0.5 }
        network.classWeights = [0.5, 4]
        let inputs = Matrix(rows: 5, columns: 2, storage: [1, 0, 0, 1, -1, 2, 0.5, 0.5, 2, -1])
        let classes = [0, 1, 0, 0, 1]
        let whole = network.lossAndGradient(inputs: inputs, targets: .classes(classes))
        var sum = 0.0, weights = 0.0
        for range in [0..<2, 2..<5] {
            let part = Metrics.rows(range, of: inputs)
            let targets = Targets.classes(Array(classes[range]))
            let weight = network.lossWeight(of: targets, rows: range.count)
            sum += network.lossAndGradient(inputs: part, targets: targets) * weight
            weights += weight
        }
        #expect(abs(sum / weights - whole) < 1e-12)
        #expect(network.lossWeight(of: .classes(classes), rows: 5) == 9.5)
        network.classWeights = nil
        #expect(network.lossWeight(of: .classes(classes), rows: 5) == 5)
    }
}
