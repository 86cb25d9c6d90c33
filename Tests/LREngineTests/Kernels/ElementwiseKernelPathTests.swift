import CKernels
import Testing
@testable import LREngine

/// The dispatched elementwise, activation and optimizer kernels give, on every path this CPU
/// runs, exactly the bits of the Swift loops they replaced (written out here as the
/// reference), over many lengths and with NaN, ±∞, subnormals and −0 among the inputs.
@Suite("Elementwise kernel paths")
struct ElementwiseKernelPathTests {
    static let lengths = [0, 1, 3, 7, 15, 16, 17, 31, 32, 33, 63, 64, 65, 129, 257, 785, 1031]

    static let specials: [Float] = [
        .nan, .infinity, -.infinity, 0, -0.0, Float.leastNormalMagnitude / 4, -Float.leastNormalMagnitude / 3, .leastNonzeroMagnitude,
        -.leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1, -1, 0.5,
    ]

    /// `count` values in about [−2, 2] from `seed`, every fifth one a special value.
    static func values(_ count: Int, seed: UInt64, specials withSpecials: Bool = true) -> [Float] {
        var state = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return (0..<count).map { i in
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            if withSpecials && i % 5 == 2 { return specials[Int(state >> 33) % specials.count] }
            return Float(Int32(truncatingIfNeeded: state >> 32)) / Float(1 << 30)
        }
    }

    /// Non-negative values (second moments), with +0, subnormals, ∞ and NaN among them.
    static func moments(_ count: Int, seed: UInt64) -> [Float] {
        values(count, seed: seed).map { $0.isNaN ? $0 : $0.magnitude * $0.magnitude }
    }

    /// Bit-for-bit equality, except that any NaN matches any NaN (the sign and payload of a
    /// NaN depend on which operand the CPU propagates, which compilers may swap; see
    /// docs/numerics.md); the index of the first difference, else nil.
    static func firstDifference(_ x: [Float], _ y: [Float]) -> Int? {
        guard x.count == y.count else { return -1 }
        return x.indices.first { x[$0].bitPattern != y[$0].bitPattern && !(x[$0].isNaN && y[$0].isNaN) }
    }

    static func expectSame(_ expected: [Float], _ actual: [Float], _ what: String, _ path: KernelPath) {
        let index = firstDifference(expected, actual)
        #expect(
            index == nil,
            "\(what) on \(path): first difference at \(index ?? 0): \(index.map { "\(expected[$0]) vs \(actual[$0])" } ?? "")")
    }

    // MARK: - Dense layers

    static let forwardActivations: [Activation] = Activation.allCases

    /// The fused bias and activation kernel against `Elementwise.addRowVector`'s bias add and
    /// the Swift loops of `Activation.apply` (identity: the bias only, `a` untouched), with
    /// pre-activations in about [−2, 2] and, scaled by 16, beyond tanh's and erf's cut-offs.
    @Test(arguments: forwardActivations)
    func biasAndActivation(activation: Activation) {
        for columns in Self.lengths where columns > 0 {
            for (rows, scale) in [(1, Float(1)), (3, 16), (5, 1)] {
                let z0 = Self.values(rows * columns, seed: UInt64(columns * 7 + rows)).map { $0 * scale }
                let bias = Self.values(columns, seed: UInt64(columns))
                var zExpected = z0
                var aExpected = [Float](repeating: 0, count: rows * columns)
                for r in 0..<rows {
                    for j in 0..<columns { zExpected[r * columns + j] += bias[j] }
                }
                if activation != .identity {
                    zExpected.withUnsafeBufferPointer { zp in
                        aExpected.withUnsafeMutableBufferPointer { ap in
                            activation.apply(zp.baseAddress!, into: ap.baseAddress!, count: rows * columns)
                        }
                    }
                }
                for path in KernelPath.available {
                    var z = z0
                    var a = [Float](repeating: 0, count: rows * columns)
                    z.withUnsafeMutableBufferPointer { zp in
                        a.withUnsafeMutableBufferPointer { ap in
                            bias.withUnsafeBufferPointer { bp in
                                lrk_bias_activation(
                                    path.code, bp.baseAddress!, zp.baseAddress!, ap.baseAddress!, rows, columns,
                                    activation.fusedForwardCode ?? Int32(LRK_ACTIVATION_IDENTITY.rawValue),
                                    Activation.leakySlope)
                            }
                        }
                    }
                    Self.expectSame(zExpected, z, "bias \(rows)×\(columns)", path)
                    Self.expectSame(aExpected, a, "\(activation) \(rows)×\(columns)", path)
                }
            }
        }
    }

    /// GELU's kernel runs erf's continued fraction 16 lanes at a time, each to its own depth:
    /// blocks that mix the series, every fraction depth, the cut-off at |x·√½| = 6 and the
    /// special values give `Activation.apply`'s bits.
    @Test func geluOverErfBranches() {
        var state: UInt64 = 99
        func next() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24)
        }
        let edges: [Float] = [
            1.4142135, 1.4142136, 1.4142137, -1.4142135, -1.4142137, 8.485281, 8.485282, -8.485281, -8.485282, 0,
            -0.0, .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNonzeroMagnitude, -.leastNormalMagnitude,
        ]
        var z: [Float] = edges
        for _ in 0..<20_000 { z.append((next() - 0.5) * 24) }
        for _ in 0..<5_000 { z.append(1.4 + next() * 0.2) }
        for _ in 0..<5_000 { z.append(-(8.4 + next() * 0.2)) }
        let bias = [Float](repeating: 0, count: z.count)
        var expected = [Float](repeating: 0, count: z.count)
        // The kernel adds the (zero) bias first: −0 becomes +0.
        let biased = z.map { $0 + 0 }
        biased.withUnsafeBufferPointer { zp in
            expected.withUnsafeMutableBufferPointer { Activation.gelu.apply(zp.baseAddress!, into: $0.baseAddress!, count: z.count) }
        }
        for path in KernelPath.available {
            for offset in [0, 5] {
                var zz = Array(z[offset...])
                var a = [Float](repeating: 0, count: zz.count)
                zz.withUnsafeMutableBufferPointer { zp in
                    a.withUnsafeMutableBufferPointer { ap in
                        lrk_bias_activation(
                            path.code, bias, zp.baseAddress!, ap.baseAddress!, 1, zp.count,
                            Int32(LRK_ACTIVATION_GELU.rawValue), Activation.leakySlope)
                    }
                }
                Self.expectSame(Array(expected[offset...]), a, "gelu offset \(offset)", path)
            }
        }
    }

    /// `LayerKernels.addBias` in place (`a = z`): the bias in the kernel, then the Swift
    /// activation, as before.
    @Test(arguments: forwardActivations)
    func biasAndActivationInPlace(activation: Activation) {
        let (rows, columns) = (3, 33)
        let z0 = Self.values(rows * columns, seed: 77)
        let bias = Self.values(columns, seed: 78)
        var expected = z0
        for r in 0..<rows {
            for j in 0..<columns { expected[r * columns + j] += bias[j] }
        }
        expected.withUnsafeMutableBufferPointer { activation.apply($0.baseAddress!, into: $0.baseAddress!, count: rows * columns) }
        for path in KernelPath.available {
            var z = z0
            z.withUnsafeMutableBufferPointer { zp in
                LayerKernels.addBias(
                    bias, to: zp.baseAddress!, rows: rows, columns: columns, activation: activation, into: zp.baseAddress!,
                    path: path)
            }
            Self.expectSame(expected, z, "\(activation) in place", path)
        }
    }

    static let backwardActivations: [Activation] = [.relu, .leakyRelu, .elu, .gelu, .tanh, .sigmoid, .identity]

    @Test(arguments: backwardActivations)
    func activationBackward(activation: Activation) throws {
        let code = try #require(activation.backwardCode)
        for count in Self.lengths {
            let g0 = Self.values(count, seed: UInt64(count) + 1)
            let z = Self.values(count, seed: UInt64(count) + 2)
            let a = Self.values(count, seed: UInt64(count) + 3)
            // Reference: the Swift loops of `Activation.backward` (GELU's is still there).
            var expected = g0
            if activation == .gelu {
                expected.withUnsafeMutableBufferPointer { Activation.gelu.backward($0.baseAddress!, z: z, a: a, count: count) }
            }
            for i in 0..<count {
                switch activation {
                case .relu: if !(z[i] > 0) { expected[i] = 0 }
                case .leakyRelu: if !(z[i] > 0) { expected[i] *= Activation.leakySlope }
                case .elu: if !(z[i] > 0) { expected[i] *= a[i] + 1 }
                case .tanh: expected[i] *= 1 - a[i] * a[i]
                case .sigmoid: expected[i] *= a[i] * (1 - a[i])
                default: break
                }
            }
            for path in KernelPath.available {
                var g = g0
                g.withUnsafeMutableBufferPointer { gp in
                    lrk_activation_backward(path.code, gp.baseAddress, z, a, count, code, Activation.leakySlope)
                }
                Self.expectSame(expected, g, "\(activation) backward \(count)", path)
            }
        }
    }

    @Test func columnSums() {
        for columns in Self.lengths where columns > 0 {
            for rows in [0, 1, 2, 7, 33] {
                let x = Self.values(rows * columns, seed: UInt64(rows * 1000 + columns))
                var expected = [Float](repeating: 0, count: columns)
                for r in 0..<rows {
                    for j in 0..<columns { expected[j] += x[r * columns + j] }
                }
                for path in KernelPath.available {
                    var sums = [Float](repeating: .nan, count: columns)
                    sums.withUnsafeMutableBufferPointer { sp in
                        lrk_column_sums(path.code, x, rows, columns, sp.baseAddress!)
                    }
                    Self.expectSame(expected, sums, "column sums \(rows)×\(columns)", path)
                }
            }
        }
    }

    @Test func scale() {
        for count in Self.lengths {
            let x0 = Self.values(count, seed: UInt64(count) + 9)
            for factor: Float in [0.3, 1e-30, 0, -.infinity, .nan] {
                let expected = x0.map { $0 * factor }
                for path in KernelPath.available {
                    var x = x0
                    x.withUnsafeMutableBufferPointer { lrk_scale(path.code, $0.baseAddress, count, factor) }
                    Self.expectSame(expected, x, "scale by \(factor), \(count)", path)
                }
            }
        }
    }

    // MARK: - Softmax cross-entropy

    /// The C eˣ is `Elementary.exp` bit for bit, on every path: over the whole range, near
    /// the overflow and underflow thresholds, where the result is subnormal, where 2ᵏ needs two
    /// steps, for tiny arguments and the special values.
    @Test func expMatchesElementary() {
        var inputs: [Double] = [
            .nan, .infinity, -.infinity, 0, -0.0, 0x1p-54, -0x1p-54, 0x1p-55, 0x1p-60, .leastNonzeroMagnitude,
            709.782712893383973096, 709.78271289338397, 709.7827128933841, -745.13321910194110842,
            -745.1332191019411, -745.1332191019412, -708.39641853226408, -708.4, 709.0, 709.1, 709.5, 1e300, -1e300,
        ]
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53)
        }
        for _ in 0..<200_000 { inputs.append((next() - 0.5) * 1600) }
        for _ in 0..<50_000 { inputs.append(-708 - next() * 38) }
        for _ in 0..<50_000 { inputs.append(709 + next() * 0.79) }
        for _ in 0..<50_000 { inputs.append((next() - 0.5) * 1e-3) }
        for _ in 0..<50_000 { inputs.append((next() - 0.5) * 40) }
        let expected = inputs.map { Elementary.exp($0) }
        let scalar = inputs.map { lrk_exp($0) }
        #expect(scalar.indices.allSatisfy { scalar[$0].bitPattern == expected[$0].bitPattern || scalar[$0].isNaN && expected[$0].isNaN })
        for path in KernelPath.available {
            for offset in [0, 1, 3] {
                let slice = Array(inputs[offset...])
                var out = [Double](repeating: 0, count: slice.count)
                out.withUnsafeMutableBufferPointer { lrk_exp_doubles(path.code, slice, slice.count, $0.baseAddress) }
                let bad = out.indices.first {
                    out[$0].bitPattern != expected[$0 + offset].bitPattern && !(out[$0].isNaN && expected[$0 + offset].isNaN)
                }
                #expect(bad == nil, "\(path): exp(\(bad.map { slice[$0] } ?? 0)) = \(bad.map { out[$0] } ?? 0), not \(bad.map { expected[$0 + offset] } ?? 0)")
            }
        }
    }

    /// Cross-entropy through the vectorized exponentials gives the row-by-row Swift loss and
    /// gradient bits on every path: class and probability targets, class weights, special
    /// logits, many widths.
    @Test func crossEntropyMatchesRowByRow() {
        for columns in [1, 2, 3, 7, 10, 16, 17, 33] {
            for rows in [1, 5, 32] {
                var logits = Self.values(rows * columns, seed: UInt64(rows * 100 + columns))
                for i in logits.indices where logits[i].isNaN && (i / columns) % 2 == 0 { logits[i] = 3 }
                let classes = (0..<rows).map { ($0 * 7) % columns }
                let probabilities = Matrix(
                    rows: rows, columns: columns,
                    storage: (0..<(rows * columns)).map { Float(($0 * 5) % 3) / Float(columns) })
                let weights = (0..<columns).map { 0.5 + Double($0 % 4) }
                let cases: [(Targets, [Double]?)] = [
                    (.classes(classes), nil), (.classes(classes), weights), (.values(probabilities), nil),
                ]
                for (targets, classWeights) in cases {
                    var expectedGradient = [Float](repeating: 0, count: rows * columns)
                    var scale = 1 / Double(rows)
                    if let classWeights, case .classes(let classes) = targets {
                        scale = 1 / Loss.weightSum(classes, classWeights)
                    }
                    let expected = expectedGradient.withUnsafeMutableBufferPointer { g in
                        CrossEntropy.rowByRow(
                            outputs: logits, rows: rows, columns: columns, targets: targets,
                            classWeights: classWeights, gradient: g.baseAddress, scale: scale)
                    }
                    for path in KernelPath.available {
                        var gradient = [Float](repeating: .nan, count: rows * columns)
                        let value = KernelPath.$forced.withValue(path) {
                            gradient.withUnsafeMutableBufferPointer { g in
                                CrossEntropy.evaluate(
                                    outputs: logits, rows: rows, columns: columns, targets: targets,
                                    classWeights: classWeights, gradient: g.baseAddress)
                            }
                        }
                        #expect(
                            value.bitPattern == expected.bitPattern || value.isNaN && expected.isNaN,
                            "\(path) \(rows)×\(columns) \(targets) \(value) vs \(expected)")
                        Self.expectSame(expectedGradient, gradient, "cross-entropy gradient \(rows)×\(columns)", path)
                    }
                }
            }
        }
    }

    // MARK: - Optimizers

    struct AdamCase: CustomStringConvertible, Sendable {
        var beta1: Float
        var decay: Float
        var decoupled: Bool
        var amsgrad: Bool
        var description: String { "β₁ \(beta1) λ \(decay) decoupled \(decoupled) amsgrad \(amsgrad)" }
    }

    static let adamCases = [
        AdamCase(beta1: 0.9, decay: 0, decoupled: false, amsgrad: false),
        AdamCase(beta1: 0.9, decay: 0.01, decoupled: false, amsgrad: false),
        AdamCase(beta1: 0.9, decay: 0.01, decoupled: true, amsgrad: false),
        AdamCase(beta1: 0.9, decay: 0, decoupled: false, amsgrad: true),
        AdamCase(beta1: 0.3, decay: 0.05, decoupled: false, amsgrad: true),
        AdamCase(beta1: 0.3, decay: 0.05, decoupled: true, amsgrad: false),
    ]

    @Test(arguments: adamCases)
    func adamUpdate(_ adam: AdamCase) {
        let weight = 1 - adam.beta1, beta2: Float = 0.999, oneMinusBeta2: Float = 1 - 0.999
        let root: Float = 0.0447, eps: Float = 1e-8, stepSize: Float = 0.0123, shrink: Float = 1 - 0.0123 * adam.decay
        let constants = lrk_adam_constants(
            weight: weight, beta2: beta2, one_minus_beta2: oneMinusBeta2, correction2_root: root, eps: eps,
            step_size: stepSize, decay: adam.decay, shrink: shrink, decoupled: adam.decoupled ? 1 : 0)
        for count in Self.lengths {
            let theta0 = Self.values(count, seed: UInt64(count) + 11)
            let grad = Self.values(count, seed: UInt64(count) + 12)
            let m10 = Self.values(count, seed: UInt64(count) + 13)
            let m20 = Self.moments(count, seed: UInt64(count) + 14)
            let max0 = Self.moments(count, seed: UInt64(count) + 15)
            // Reference: the element loop of `AdamMoments.update`.
            var (theta, m1, m2, vMax) = (theta0, m10, m20, max0)
            for i in 0..<count {
                var g = grad[i]
                if adam.decoupled {
                    if adam.decay != 0 { theta[i] *= shrink }
                } else {
                    g = decayed(g, theta[i], adam.decay)
                }
                let m = lerp(m1[i], g, weight)
                m1[i] = m
                let v = beta2 * m2[i] + oneMinusBeta2 * (g * g)
                m2[i] = v
                var vUsed = v
                if adam.amsgrad {
                    vUsed = max(vMax[i], v)
                    vMax[i] = vUsed
                }
                theta[i] -= stepSize * (m / (vUsed.squareRoot() / root + eps))
            }
            for path in KernelPath.available {
                var (t, a, b, c) = (theta0, m10, m20, max0)
                t.withUnsafeMutableBufferPointer { tp in
                    a.withUnsafeMutableBufferPointer { ap in
                        b.withUnsafeMutableBufferPointer { bp in
                            c.withUnsafeMutableBufferPointer { cp in
                                lrk_adam_update(
                                    path.code, tp.baseAddress, grad, ap.baseAddress, bp.baseAddress,
                                    adam.amsgrad ? cp.baseAddress : nil, count, constants, nil)
                            }
                        }
                    }
                }
                Self.expectSame(theta, t, "adam θ \(adam) \(count)", path)
                Self.expectSame(m1, a, "adam m \(adam) \(count)", path)
                Self.expectSame(m2, b, "adam v \(adam) \(count)", path)
                Self.expectSame(vMax, c, "adam v̂ \(adam) \(count)", path)
            }
        }
    }

    /// Folding the gradient's sum of squares into the Adam loop changes neither the update
    /// nor the sum: the same bits as the update alone and the index-order Double sum.
    @Test(arguments: [0, 1, 2, 3])
    func adamSummingSquares(adamIndex: Int) {
        let adam = Self.adamCases[adamIndex]
        let constants = lrk_adam_constants(
            weight: 1 - adam.beta1, beta2: 0.999, one_minus_beta2: 1 - 0.999, correction2_root: 0.0447, eps: 1e-8,
            step_size: 0.0123, decay: adam.decay, shrink: 1 - 0.0123 * adam.decay, decoupled: adam.decoupled ? 1 : 0)
        for count in Self.lengths {
            let grad = Self.values(count, seed: UInt64(count) + 41, specials: false)
            var expectedSum = 0.25
            for g in grad { expectedSum += Double(g) * Double(g) }
            for path in KernelPath.available {
                var outputs: [[Float]] = []
                var sums: [Double] = []
                for fold in [false, true] {
                    var (t, a, b, c) = (
                        Self.values(count, seed: 1), Self.values(count, seed: 2), Self.moments(count, seed: 3),
                        Self.moments(count, seed: 4)
                    )
                    var sum = 0.25
                    withUnsafeMutablePointer(to: &sum) { squares in
                    t.withUnsafeMutableBufferPointer { tp in
                        a.withUnsafeMutableBufferPointer { ap in
                            b.withUnsafeMutableBufferPointer { bp in
                                c.withUnsafeMutableBufferPointer { cp in
                                    lrk_adam_update(
                                        path.code, tp.baseAddress, grad, ap.baseAddress, bp.baseAddress,
                                        adam.amsgrad ? cp.baseAddress : nil, count, constants, fold ? squares : nil)
                                }
                            }
                        }
                    }
                    }
                    outputs.append(t + a + b + c)
                    sums.append(sum)
                }
                Self.expectSame(outputs[0], outputs[1], "adam with squares \(adam) \(count)", path)
                #expect(sums[1].bitPattern == expectedSum.bitPattern, "\(path) \(count)")
            }
        }
    }

    @Test func allFinite() {
        for count in Self.lengths {
            let finite = Self.values(count, seed: UInt64(count), specials: false)
            for path in KernelPath.available {
                #expect(lrk_all_finite(path.code, finite, count) == 1)
                for bad in [Float.nan, .infinity, -.infinity] where count > 0 {
                    for position in Set([0, count / 2, count - 1]) {
                        var x = finite
                        x[position] = bad
                        #expect(lrk_all_finite(path.code, x, count) == 0, "\(path) \(count) \(position)")
                    }
                }
            }
        }
    }

    @Test func adamRates() {
        for count in Self.lengths {
            let v = Self.moments(count, seed: UInt64(count) + 21)
            let (eta, root, eps): (Float, Float, Float) = (0.003, 0.0316, 1e-8)
            let expected = v.map { eta / ($0.squareRoot() / root + eps) }
            for path in KernelPath.available {
                var rates = [Float](repeating: .nan, count: count)
                rates.withUnsafeMutableBufferPointer { lrk_adam_rates(path.code, v, count, eta, root, eps, $0.baseAddress) }
                Self.expectSame(expected, rates, "adam rates \(count)", path)
            }
        }
    }

    struct SGDCase: CustomStringConvertible, Sendable {
        var mu: Float
        var dampening: Float
        var decay: Float
        var nesterov: Bool
        var first: Bool
        var description: String { "μ \(mu) τ \(dampening) λ \(decay) nesterov \(nesterov) first \(first)" }
    }

    static let sgdCases = [
        SGDCase(mu: 0, dampening: 0, decay: 0, nesterov: false, first: true),
        SGDCase(mu: 0, dampening: 0, decay: 0.01, nesterov: false, first: true),
        SGDCase(mu: 0.9, dampening: 0, decay: 0, nesterov: false, first: true),
        SGDCase(mu: 0.9, dampening: 0.1, decay: 0.01, nesterov: false, first: false),
        SGDCase(mu: 0.9, dampening: 0, decay: 0.01, nesterov: true, first: false),
        SGDCase(mu: 0.5, dampening: 0, decay: 0, nesterov: true, first: true),
    ]

    @Test(arguments: sgdCases)
    func sgdUpdate(_ sgd: SGDCase) {
        let rate: Float = 0.0375
        let step = SGDMomentum(
            mu: Double(sgd.mu), dampening: Double(sgd.dampening), nesterov: sgd.nesterov, first: sgd.first)
        let constants = step.constants(rate: rate, decay: sgd.decay)
        for count in Self.lengths {
            let theta0 = Self.values(count, seed: UInt64(count) + 31)
            let grad = Self.values(count, seed: UInt64(count) + 32)
            let buffer0 = Self.values(count, seed: UInt64(count) + 33)
            // Reference: the element loop of `SGD.update`.
            var (theta, buffer) = (theta0, buffer0)
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], sgd.decay)
                if step.isOn {
                    let (direction, next) = step.direction(g, buffer: buffer[i])
                    buffer[i] = next
                    theta[i] -= rate * direction
                } else {
                    theta[i] -= rate * g
                }
            }
            for path in KernelPath.available {
                var (t, b) = (theta0, buffer0)
                t.withUnsafeMutableBufferPointer { tp in
                    b.withUnsafeMutableBufferPointer { bp in
                        lrk_sgd_update(
                            path.code, tp.baseAddress, grad, step.isOn ? bp.baseAddress : nil, count, constants)
                    }
                }
                Self.expectSame(theta, t, "sgd θ \(sgd) \(count)", path)
                Self.expectSame(buffer, b, "sgd buffer \(sgd) \(count)", path)
            }
        }
    }
}

extension Activation: CustomTestStringConvertible {
    public var testDescription: String { rawValue }
}
