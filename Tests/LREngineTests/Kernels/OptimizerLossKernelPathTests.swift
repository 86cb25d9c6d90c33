import CKernels
import Testing
@testable import LREngine

/// The NAdam, hypergradient and loss kernels, and the C ports of lrlab's elementary functions
/// they and the activations use, give on every path this CPU runs exactly the bits of the
/// Swift code they replaced (written out here as the reference), over many lengths and with
/// NaN, ±∞, subnormals, ±0 and ±max among the inputs.
@Suite("Optimizer and loss kernel paths")
struct OptimizerLossKernelPathTests {
    typealias Inputs = ElementwiseKernelPathTests

    static func sameBits(_ x: Double, _ y: Double) -> Bool { x.bitPattern == y.bitPattern || x.isNaN && y.isNaN }

    // MARK: - Elementary functions

    /// Arguments over each function's branches: tiny, the series/polynomial ranges, their
    /// edges, the cut-offs (tanh 22, expm1 −40, erf 6) and the special values.
    static let elementaryInputs: [Double] = {
        var inputs: [Double] = [
            .nan, -.nan, .infinity, -.infinity, 0, -0.0, .leastNonzeroMagnitude, -.leastNonzeroMagnitude,
            .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 0x1p-28, 0x1p-29, -0x1p-28,
            0x1p-54, 0x1p-55, -0x1p-54, 1, -1, 1.0.nextUp, 1.0.nextDown, -1.0.nextUp, 22, 22.0.nextUp, 11, 6, 6.0.nextDown,
            -40, -40.0.nextDown, -40.0.nextUp, 0.5, -0.5, 2, -2, 0x1p-53, -1 + 0x1p-53, 1e-300, 710, -746,
            Double(Float.leastNonzeroMagnitude), Double(Float.greatestFiniteMagnitude),
        ]
        var state: UInt64 = 2024
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<20_000 { inputs.append((next() - 0.5) * 4) }
        for _ in 0..<20_000 { inputs.append((next() - 0.5) * 100) }
        for _ in 0..<10_000 { inputs.append((next() - 0.5) * 1e-6) }
        for _ in 0..<10_000 { inputs.append(next() * 1e-12) }
        for _ in 0..<10_000 { inputs.append(Double(Float((next() - 0.5) * 64))) }
        return inputs
    }()

    @Test func elementaryPortsMatchSwift() {
        let functions: [(String, (Double) -> Double, (Double) -> Double)] = [
            ("tanh", Elementary.tanh, lrk_tanh), ("expm1", Elementary.expm1, lrk_expm1),
            ("erf", Elementary.erf, lrk_erf), ("log1p", Elementary.log1p, lrk_log1p),
        ]
        for (name, swift, c) in functions {
            let bad = Self.elementaryInputs.first { !Self.sameBits(swift($0), c($0)) }
            #expect(bad == nil, "\(name)(\(bad ?? 0)): C \(bad.map(c) ?? 0), Swift \(bad.map(swift) ?? 0)")
        }
        // log1p's inputs in BCE: e^(−|x|) ∈ [0, 1], many near 0 and 1.
        let unit = Self.elementaryInputs.map { Elementary.exp(-abs($0)) }
        let bad = unit.first { !Self.sameBits(Elementary.log1p($0), lrk_log1p($0)) }
        #expect(bad == nil, "log1p(\(bad ?? 0))")
    }

    // MARK: - NAdam

    @Test(arguments: [(Float(0), Float(0.1)), (0.01, 0.1), (0, 0.7)])
    func nadamUpdate(decay: Float, weight: Float) {
        let constants = lrk_nadam_constants(
            decay: decay, weight: weight, beta2: 0.999, one_minus_beta2: Float(1 - 0.999), correction: Float(1 - 0.999 * 0.999),
            eps: 1e-8, gradient_step: -0.0013, moment_step: -0.0071)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 81)
            let grad = Inputs.values(count, seed: UInt64(count) + 82)
            let first0 = Inputs.values(count, seed: UInt64(count) + 83)
            let second0 = Inputs.moments(count, seed: UInt64(count) + 84)
            // Reference: the element loop `NAdam.update` had.
            var (theta, first, second) = (theta0, first0, second0)
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], decay)
                let m = lerp(first[i], g, weight)
                first[i] = m
                let v = constants.beta2 * second[i] + constants.one_minus_beta2 * (g * g)
                second[i] = v
                let denominator = (v / constants.correction).squareRoot() + constants.eps
                theta[i] += constants.gradient_step * (g / denominator)
                theta[i] += constants.moment_step * (m / denominator)
            }
            for path in KernelPath.available {
                var (t, f, s) = (theta0, first0, second0)
                t.withUnsafeMutableBufferPointer { tp in
                    f.withUnsafeMutableBufferPointer { fp in
                        s.withUnsafeMutableBufferPointer { sp in
                            lrk_nadam_update(path.code, tp.baseAddress, grad, fp.baseAddress, sp.baseAddress, count, constants)
                        }
                    }
                }
                Inputs.expectSame(theta, t, "nadam θ λ \(decay) w \(weight) \(count)", path)
                Inputs.expectSame(first, f, "nadam m λ \(decay) w \(weight) \(count)", path)
                Inputs.expectSame(second, s, "nadam v λ \(decay) w \(weight) \(count)", path)
            }
        }
    }

    // MARK: - Hypergradient optimizers

    @Test(arguments: ElementwiseKernelPathTests.sgdCases)
    func sgdRecordingUpdate(_ sgd: ElementwiseKernelPathTests.SGDCase) {
        let rate: Float = 0.0375
        let step = SGDMomentum(
            mu: Double(sgd.mu), dampening: Double(sgd.dampening), nesterov: sgd.nesterov, first: sgd.first)
        let constants = step.constants(rate: rate, decay: sgd.decay)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 91)
            let grad = Inputs.values(count, seed: UInt64(count) + 92)
            let buffer0 = Inputs.values(count, seed: UInt64(count) + 93)
            // Reference: the element loop `SGDHD.update` had.
            var (theta, buffer, direction) = (theta0, buffer0, [Float](repeating: 0, count: count))
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], sgd.decay)
                var d = g
                if step.isOn {
                    let next: Float
                    (d, next) = step.direction(g, buffer: buffer[i])
                    buffer[i] = next
                }
                direction[i] = d
                theta[i] -= rate * d
            }
            for path in KernelPath.available {
                var (t, b, d) = (theta0, buffer0, [Float](repeating: .nan, count: count))
                t.withUnsafeMutableBufferPointer { tp in
                    b.withUnsafeMutableBufferPointer { bp in
                        d.withUnsafeMutableBufferPointer { dp in
                            lrk_sgd_update_recording(
                                path.code, tp.baseAddress, grad, step.isOn ? bp.baseAddress : nil, dp.baseAddress, count,
                                constants)
                        }
                    }
                }
                Inputs.expectSame(theta, t, "sgd-hd θ \(sgd) \(count)", path)
                Inputs.expectSame(buffer, b, "sgd-hd buffer \(sgd) \(count)", path)
                Inputs.expectSame(direction, d, "sgd-hd direction \(sgd) \(count)", path)
            }
        }
    }

    /// Finite inputs (the sums' bits) and, separately, inputs with the special values (NaN
    /// and ±∞ reach the sum).
    @Test(arguments: [Float(0), 0.01], [false, true])
    func hypergradientDots(decay: Float, specials: Bool) {
        for count in Inputs.lengths {
            let theta = Inputs.values(count, seed: UInt64(count) + 101, specials: specials)
            let grad = Inputs.values(count, seed: UInt64(count) + 102, specials: specials)
            let direction = Inputs.values(count, seed: UInt64(count) + 103, specials: specials)
            let first = Inputs.values(count, seed: UInt64(count) + 104, specials: specials)
            let second = Inputs.moments(count, seed: UInt64(count) + 105).map { specials || $0.isFinite ? $0 : 1 }
            let (correction1, correction2Root, eps): (Float, Float, Float) = (0.271, 0.0447, 1e-8)
            // References: the loops of `SGDHD.baseRate` and `AdamMoments.dotWithLastDirection`.
            var sgdExpected = 0.0
            for i in 0..<count { sgdExpected += Double(decayed(grad[i], theta[i], decay)) * Double(direction[i]) }
            var adamExpected = [0.0, 0.0]
            for (k, decoupled) in [false, true].enumerated() {
                for i in 0..<count {
                    var g = grad[i]
                    if !decoupled { g = decayed(g, theta[i], decay) }
                    let d = (first[i] / correction1) / (second[i].squareRoot() / correction2Root + eps)
                    adamExpected[k] += Double(g) * Double(d)
                }
            }
            for path in KernelPath.available {
                let sgd = lrk_decayed_dot(path.code, grad, theta, direction, count, decay)
                #expect(Self.sameBits(sgd, sgdExpected), "sgd-hd dot λ \(decay) \(count) on \(path): \(sgd) vs \(sgdExpected)")
                for (k, decoupled) in [false, true].enumerated() {
                    let adam = lrk_adam_direction_dot(
                        path.code, grad, theta, first, second, count, decay, decoupled ? 1 : 0, correction1, correction2Root,
                        eps)
                    #expect(
                        Self.sameBits(adam, adamExpected[k]),
                        "adam-hd dot λ \(decay) decoupled \(decoupled) \(count) on \(path): \(adam) vs \(adamExpected[k])")
                }
            }
        }
    }

    // MARK: - Losses

    /// The loops `MeanSquaredError.evaluate` had.
    static func referenceMSE(_ outputs: [Float], rows: Int, columns: Int, targets: Targets) -> (Double, [Float]) {
        let count = Double(rows * columns)
        var sum = 0.0
        var gradient = [Float](repeating: 0, count: rows * columns)
        for r in 0..<rows {
            for j in 0..<columns {
                let index = r * columns + j
                let target: Double
                switch targets {
                case .values(let values): target = Double(values.storage[index])
                case .classes(let classes): target = columns == 1 ? Double(classes[r]) : (classes[r] == j ? 1 : 0)
                }
                let difference = Double(outputs[index]) - target
                sum += difference * difference
                gradient[index] = Float(2 * difference / count)
            }
        }
        return (sum / count, gradient)
    }

    /// The loops `BinaryCrossEntropy.evaluate` had.
    static func referenceBCE(
        _ outputs: [Float], rows: Int, columns: Int, targets: Targets, classWeights: [Double]?
    ) -> (Double, [Float]) {
        var count = Double(rows * columns)
        if let classWeights, case .classes(let classes) = targets { count = Loss.weightSum(classes, classWeights) }
        var sum = 0.0
        var gradient = [Float](repeating: 0, count: rows * columns)
        for r in 0..<rows {
            var weight = 1.0
            if let classWeights, case .classes(let classes) = targets { weight = classWeights[classes[r]] }
            for j in 0..<columns {
                let index = r * columns + j
                let target: Double
                switch targets {
                case .classes(let classes): target = Double(classes[r])
                case .values(let values): target = Double(values.storage[index])
                }
                let x = Double(outputs[index])
                let loss = max(x, 0) - x * target + Elementary.log1p(Elementary.exp(-abs(x)))
                let slope = BinaryCrossEntropy.logisticSigmoid(x) - target
                sum += weight * loss
                gradient[index] = Float(weight * slope / count)
            }
        }
        return (sum / count, gradient)
    }

    /// Each loss's target forms, `rows × columns` shapes covering the lengths, with special
    /// logits (scaled by 8 in half the cases, past where eˣ and σ saturate).
    static func lossCases() -> [(rows: Int, columns: Int, outputs: [Float], targets: Targets, weights: [Double]?)] {
        var cases: [(rows: Int, columns: Int, outputs: [Float], targets: Targets, weights: [Double]?)] = []
        for (n, length) in Inputs.lengths.enumerated() where length > 0 {
            let scale: Float = n % 2 == 0 ? 1 : 8
            for (rows, columns) in [(1, length), (length, 1), (3, length)] {
                let outputs = Inputs.values(rows * columns, seed: UInt64(rows * 31 + columns)).map { $0 * scale }
                let values = Inputs.values(rows * columns, seed: UInt64(rows * 37 + columns), specials: false).map { abs($0) / 2 }
                cases.append((rows, columns, outputs, .values(Matrix(rows: rows, columns: columns, storage: values)), nil))
                let classes = (0..<rows).map { ($0 * 5 + length) % max(columns, 2) }
                if columns == 1 {
                    let binary = classes.map { $0 % 2 }
                    cases.append((rows, columns, outputs, .classes(binary), nil))
                    cases.append((rows, columns, outputs, .classes(binary), [0.3, 1.7]))
                } else {
                    cases.append((rows, columns, outputs, .classes(classes.map { $0 % columns }), nil))
                }
            }
        }
        return cases
    }

    @Test func lossesMatchSwift() {
        for c in Self.lossCases() {
            let what = "\(c.rows)×\(c.columns) \(c.targets.isClasses ? "classes" : "values") weights \(c.weights != nil)"
            let mse = c.weights == nil ? Self.referenceMSE(c.outputs, rows: c.rows, columns: c.columns, targets: c.targets) : nil
            let bceTargets: Bool = {
                if case .classes(let classes) = c.targets { return c.columns == 1 && classes.allSatisfy { $0 < 2 } }
                return true
            }()
            let bce = bceTargets
                ? Self.referenceBCE(c.outputs, rows: c.rows, columns: c.columns, targets: c.targets, classWeights: c.weights)
                : nil
            for path in KernelPath.available {
                KernelPath.$forced.withValue(path) {
                    var gradient = [Float](repeating: .nan, count: c.rows * c.columns)
                    if let mse {
                        let (loss, expected) = mse
                        let value = gradient.withUnsafeMutableBufferPointer { gp in
                            c.outputs.withUnsafeBufferPointer { op in
                                MeanSquaredError.evaluate(
                                    outputs: op.baseAddress!, rows: c.rows, columns: c.columns, targets: c.targets,
                                    gradient: gp.baseAddress)
                            }
                        }
                        #expect(Self.sameBits(value, loss), "mse \(what) on \(path): \(value) vs \(loss)")
                        Inputs.expectSame(expected, gradient, "mse gradient \(what)", path)
                        let alone = c.outputs.withUnsafeBufferPointer { op in
                            MeanSquaredError.evaluate(
                                outputs: op.baseAddress!, rows: c.rows, columns: c.columns, targets: c.targets, gradient: nil)
                        }
                        #expect(Self.sameBits(alone, loss), "mse without gradient \(what) on \(path)")
                    }
                    if let bce {
                        let (loss, expected) = bce
                        let value = gradient.withUnsafeMutableBufferPointer { gp in
                            c.outputs.withUnsafeBufferPointer { op in
                                BinaryCrossEntropy.evaluate(
                                    outputs: op.baseAddress!, rows: c.rows, columns: c.columns, targets: c.targets,
                                    classWeights: c.weights, gradient: gp.baseAddress)
                            }
                        }
                        #expect(Self.sameBits(value, loss), "bce \(what) on \(path): \(value) vs \(loss)")
                        Inputs.expectSame(expected, gradient, "bce gradient \(what)", path)
                    }
                }
            }
        }
    }

    /// Finite logits: the loss value itself (not only NaN) is compared bit for bit.
    @Test func finiteLossesMatchSwift() {
        for columns in Inputs.lengths where columns > 0 {
            let outputs = Inputs.values(columns, seed: UInt64(columns) + 7, specials: false).map { $0 * 6 }
            let values = Inputs.values(columns, seed: UInt64(columns) + 8, specials: false).map { abs($0) / 2 }
            let targets = Targets.values(Matrix(rows: 1, columns: columns, storage: values))
            let (mse, mseGradient) = Self.referenceMSE(outputs, rows: 1, columns: columns, targets: targets)
            let (bce, bceGradient) = Self.referenceBCE(outputs, rows: 1, columns: columns, targets: targets, classWeights: nil)
            #expect(mse.isFinite && bce.isFinite)
            for path in KernelPath.available {
                var (sum, gradient) = (0.0, [Float](repeating: .nan, count: columns))
                gradient.withUnsafeMutableBufferPointer { gp in
                    lrk_mse(path.code, outputs, 1, columns, values, nil, Double(columns), &sum, gp.baseAddress)
                }
                #expect(Self.sameBits(sum / Double(columns), mse), "mse \(columns) on \(path)")
                Inputs.expectSame(mseGradient, gradient, "mse gradient \(columns)", path)
                sum = 0
                gradient.withUnsafeMutableBufferPointer { gp in
                    lrk_bce(path.code, outputs, 1, columns, values, nil, nil, Double(columns), &sum, gp.baseAddress)
                }
                #expect(Self.sameBits(sum / Double(columns), bce), "bce \(columns) on \(path)")
                Inputs.expectSame(bceGradient, gradient, "bce gradient \(columns)", path)
            }
        }
    }
}

extension Targets {
    fileprivate var isClasses: Bool {
        if case .classes = self { return true }
        return false
    }
}
