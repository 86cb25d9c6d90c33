import Testing
@testable import LREngine

@Suite("Losses")
struct LossTests {
    static func value(_ loss: Loss, _ outputs: [Float], columns: Int, _ targets: Targets) -> Double {
        loss.evaluate(
            outputs: Matrix(rows: outputs.count / columns, columns: columns, storage: outputs),
            targets: targets)
    }

    /// Values worked by hand from PyTorch's formulas (`reduction='mean'`).
    @Test func knownValues() {
        // CrossEntropyLoss: log(e¹ + e² + e³) − o_y, mean over rows.
        let ce = Self.value(.crossEntropy, [1, 2, 3, 1, 2, 3], columns: 3, .classes([2, 0]))
        #expect(abs(ce - (0.40760596444 + 2.40760596444) / 2) < 1e-9)
        // BCEWithLogitsLoss: log 2; 2 + log(1 + e⁻²); 3 + log(1 + e⁻³).
        let bce = Self.value(.binaryCrossEntropy, [0, 2, -3], columns: 1, .classes([1, 0, 1]))
        #expect(abs(bce - (0.69314718056 + 2.12692801104 + 3.04858735157) / 3) < 1e-9)
        // MSELoss: mean over every element.
        let mse = Self.value(
            .mse, [1, 2, 3, 4], columns: 2,
            .values(Matrix(rows: 2, columns: 2, storage: [0, 2, 5, 4])))
        #expect(mse == 1.25)
        // Soft (probability) targets reduce to the class case for one-hot rows.
        let soft = Self.value(
            .crossEntropy, [1, 2, 3, 1, 2, 3], columns: 3,
            .values(Matrix(rows: 2, columns: 3, storage: [0, 0, 1, 1, 0, 0])))
        #expect(abs(soft - ce) < 1e-12)
    }

    /// Large logits neither overflow nor lose the answer (log-sum-exp, stable BCE form).
    @Test func stableForLargeLogits() {
        #expect(Self.value(.crossEntropy, [1000, -1000], columns: 2, .classes([1])) == 2000)
        #expect(Self.value(.crossEntropy, [1000, -1000], columns: 2, .classes([0])) == 0)
        #expect(Self.value(.binaryCrossEntropy, [1000], columns: 1, .classes([0])) == 1000)
        #expect(Self.value(.binaryCrossEntropy, [-1000], columns: 1, .classes([0])) == 0)
        #expect(Self.value(.binaryCrossEntropy, [-1000], columns: 1, .classes([1])) == 1000)
    }

    /// Targets that do not fit give NaN (and a zero gradient), never a trap.
    @Test func badTargetsGiveNaN() {
        #expect(Self.value(.crossEntropy, [1, 2], columns: 2, .classes([2])).isNaN)
        #expect(Self.value(.crossEntropy, [1, 2], columns: 2, .classes([-1])).isNaN)
        #expect(Self.value(.binaryCrossEntropy, [1, 2], columns: 2, .classes([0])).isNaN)
        #expect(Self.value(.mse, [1, 2], columns: 1, .classes([0])).isNaN)
        #expect(throws: ModelError.self) {
            try Loss.crossEntropy.validate(.classes([0, 3]), rows: 2, outputs: 3)
        }
        var gradient = [Float](repeating: 5, count: 2)
        let outputs: [Float] = [1, 2]
        let value = outputs.withUnsafeBufferPointer { o in
            gradient.withUnsafeMutableBufferPointer { g in
                Loss.crossEntropy.evaluate(
                    outputs: o.baseAddress!, rows: 1, columns: 2, targets: .classes([7]),
                    gradient: g.baseAddress!)
            }
        }
        #expect(value.isNaN)
        #expect(gradient == [0, 0])
    }

    struct GradientCase: CustomStringConvertible, Sendable {
        var loss: Loss
        var columns: Int
        var targets: Targets
        var description: String {
            switch targets {
            case .classes: return "\(loss.rawValue) classes, \(columns) outputs"
            case .values: return "\(loss.rawValue) values, \(columns) outputs"
            }
        }
    }

    static let rows = 5
    static let gradientCases: [GradientCase] = [
        GradientCase(loss: .mse, columns: 3, targets: .values(GradientCheck.randomMatrix(rows: rows, columns: 3, seed: 11))),
        GradientCase(loss: .mse, columns: 3, targets: .classes([0, 2, 1, 1, 0])),
        GradientCase(loss: .mse, columns: 1, targets: .classes([0, 2, 1, 1, 0])),
        GradientCase(loss: .crossEntropy, columns: 4, targets: .classes([0, 3, 1, 2, 3])),
        GradientCase(
            loss: .crossEntropy, columns: 3,
            targets: .values(Matrix(rows: rows, columns: 3, storage: [
                0.2, 0.3, 0.5, 1, 0, 0, 0.1, 0.1, 0.8, 0.5, 0.5, 0, 0.3, 0.3, 0.4,
            ]))),
        GradientCase(loss: .binaryCrossEntropy, columns: 1, targets: .classes([1, 0, 0, 1, 1])),
        GradientCase(
            loss: .binaryCrossEntropy, columns: 2,
            targets: .values(Matrix(rows: rows, columns: 2, storage: [0, 1, 0.25, 0.75, 1, 1, 0, 0, 0.5, 0.1]))),
    ]

    /// d(loss)/d(outputs) against central differences of the Double-valued loss.
    @Test(arguments: gradientCases)
    func gradientMatchesFiniteDifferences(_ testCase: GradientCase) {
        let outputs = GradientCheck.randomMatrix(rows: Self.rows, columns: testCase.columns, seed: 12, scale: 2)
        var analytic = [Float](repeating: 0, count: outputs.storage.count)
        outputs.storage.withUnsafeBufferPointer { o in
            analytic.withUnsafeMutableBufferPointer { g in
                _ = testCase.loss.evaluate(
                    outputs: o.baseAddress!, rows: outputs.rows, columns: outputs.columns,
                    targets: testCase.targets, gradient: g.baseAddress!)
            }
        }
        var numeric = [Double](repeating: 0, count: analytic.count)
        for i in numeric.indices {
            var probe = outputs
            let original = probe.storage[i]
            let plus = Float(Double(original) + 1e-3), minus = Float(Double(original) - 1e-3)
            probe.storage[i] = plus
            let up = testCase.loss.evaluate(outputs: probe, targets: testCase.targets)
            probe.storage[i] = minus
            let down = testCase.loss.evaluate(outputs: probe, targets: testCase.targets)
            numeric[i] = (up - down) / (Double(plus) - Double(minus))
        }
        let bad = GradientCheck.mismatches(
            analytic: analytic.map(Double.init), numeric: numeric, absolute: 1e-6, relative: 1e-4)
        #expect(bad.isEmpty, "mismatch at \(bad): \(analytic) vs \(numeric)")
    }
}
