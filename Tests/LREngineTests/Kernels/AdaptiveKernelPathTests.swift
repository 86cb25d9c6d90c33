import CKernels
import Testing
@testable import LREngine

/// The RMSprop, Adagrad, Adamax and Adadelta kernels give, on every path this CPU runs, exactly the bits of the
/// Swift element loops they replaced (written out here as the reference), over many lengths
/// and with NaN, ±∞, subnormals and −0 among the inputs.
@Suite("Adaptive optimizer kernel paths")
struct AdaptiveKernelPathTests {
    typealias Inputs = ElementwiseKernelPathTests

    struct RMSpropCase: CustomStringConvertible, Sendable {
        var decay: Float
        var centered: Bool
        var mu: Float?
        var description: String { "λ \(decay) centered \(centered) μ \(mu.map { "\($0)" } ?? "off")" }
    }

    static let rmspropCases = [
        RMSpropCase(decay: 0, centered: false, mu: nil),
        RMSpropCase(decay: 0.01, centered: false, mu: nil),
        RMSpropCase(decay: 0, centered: true, mu: nil),
        RMSpropCase(decay: 0, centered: false, mu: 0.9),
        RMSpropCase(decay: 0.01, centered: true, mu: 0.5),
    ]

    @Test(arguments: rmspropCases)
    func rmspropUpdate(_ c: RMSpropCase) {
        let (rate, alpha, oneMinusAlpha, eps): (Float, Float, Float, Float) = (0.0125, 0.99, Float(1 - 0.99), 1e-8)
        let constants = lrk_rmsprop_constants(
            rate: rate, decay: c.decay, alpha: alpha, one_minus_alpha: oneMinusAlpha, eps: eps, mu: c.mu ?? 0)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 41)
            let grad = Inputs.values(count, seed: UInt64(count) + 42)
            let square0 = Inputs.moments(count, seed: UInt64(count) + 43)
            let average0 = Inputs.values(count, seed: UInt64(count) + 44)
            let buffer0 = Inputs.values(count, seed: UInt64(count) + 45)
            // Reference: the element loop `RMSprop.update` had.
            var (theta, square, average, buffer) = (theta0, square0, average0, buffer0)
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], c.decay)
                let v = alpha * square[i] + oneMinusAlpha * g * g
                square[i] = v
                var denominator: Float
                if c.centered {
                    let a = average[i] + oneMinusAlpha * (g - average[i])
                    average[i] = a
                    denominator = (v - a * a).squareRoot()
                } else {
                    denominator = v.squareRoot()
                }
                denominator += eps
                if let mu = c.mu {
                    let b = mu * buffer[i] + g / denominator
                    buffer[i] = b
                    theta[i] -= rate * b
                } else {
                    theta[i] -= rate * (g / denominator)
                }
            }
            for path in KernelPath.available {
                var (t, s, a, b) = (theta0, square0, average0, buffer0)
                t.withUnsafeMutableBufferPointer { tp in
                    s.withUnsafeMutableBufferPointer { sp in
                        a.withUnsafeMutableBufferPointer { ap in
                            b.withUnsafeMutableBufferPointer { bp in
                                lrk_rmsprop_update(
                                    path.code, tp.baseAddress, grad, sp.baseAddress, c.centered ? ap.baseAddress : nil,
                                    c.mu != nil ? bp.baseAddress : nil, count, constants)
                            }
                        }
                    }
                }
                Inputs.expectSame(theta, t, "rmsprop θ \(c) \(count)", path)
                Inputs.expectSame(square, s, "rmsprop v \(c) \(count)", path)
                Inputs.expectSame(average, a, "rmsprop ḡ \(c) \(count)", path)
                Inputs.expectSame(buffer, b, "rmsprop b \(c) \(count)", path)
            }
        }
    }

    @Test(arguments: [Float(0), 0.01])
    func adagradUpdate(decay: Float) {
        let (rate, eps): (Float, Float) = (0.05, 1e-10)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 51)
            let grad = Inputs.values(count, seed: UInt64(count) + 52)
            let sum0 = Inputs.moments(count, seed: UInt64(count) + 53)
            // Reference: the element loop `Adagrad.update` had.
            var (theta, sum) = (theta0, sum0)
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], decay)
                let s = sum[i] + g * g
                sum[i] = s
                theta[i] -= rate * (g / (s.squareRoot() + eps))
            }
            for path in KernelPath.available {
                var (t, s) = (theta0, sum0)
                t.withUnsafeMutableBufferPointer { tp in
                    s.withUnsafeMutableBufferPointer { sp in
                        lrk_adagrad_update(path.code, tp.baseAddress, grad, sp.baseAddress, count, rate, decay, eps)
                    }
                }
                Inputs.expectSame(theta, t, "adagrad θ λ \(decay) \(count)", path)
                Inputs.expectSame(sum, s, "adagrad s λ \(decay) \(count)", path)
            }
        }
    }

    @Test(arguments: [(Float(0), Float(0.1)), (0.01, 0.1), (0, 0.7)])
    func adamaxUpdate(decay: Float, weight: Float) {
        let (stepSize, beta2, eps): (Float, Float, Float) = (0.002, 0.999, 1e-8)
        let constants = lrk_adamax_constants(step_size: stepSize, decay: decay, weight: weight, beta2: beta2, eps: eps)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 61)
            let grad = Inputs.values(count, seed: UInt64(count) + 62)
            let first0 = Inputs.values(count, seed: UInt64(count) + 63)
            let norm0 = Inputs.moments(count, seed: UInt64(count) + 64)
            // Reference: the element loop `Adamax.update` had.
            var (theta, first, norm) = (theta0, first0, norm0)
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], decay)
                let m = lerp(first[i], g, weight)
                first[i] = m
                let u = max(norm[i] * beta2, abs(g) + eps)
                norm[i] = u
                theta[i] -= stepSize * (m / u)
            }
            for path in KernelPath.available {
                var (t, f, n) = (theta0, first0, norm0)
                t.withUnsafeMutableBufferPointer { tp in
                    f.withUnsafeMutableBufferPointer { fp in
                        n.withUnsafeMutableBufferPointer { np in
                            lrk_adamax_update(path.code, tp.baseAddress, grad, fp.baseAddress, np.baseAddress, count, constants)
                        }
                    }
                }
                Inputs.expectSame(theta, t, "adamax θ λ \(decay) w \(weight) \(count)", path)
                Inputs.expectSame(first, f, "adamax m λ \(decay) w \(weight) \(count)", path)
                Inputs.expectSame(norm, n, "adamax u λ \(decay) w \(weight) \(count)", path)
            }
        }
    }

    @Test(arguments: [Float(0), 0.01])
    func adadeltaUpdate(decay: Float) {
        let (rate, rho, oneMinusRho, eps): (Float, Float, Float, Float) = (1.0, 0.9, Float(1 - 0.9), 1e-6)
        for count in Inputs.lengths {
            let theta0 = Inputs.values(count, seed: UInt64(count) + 71)
            let grad = Inputs.values(count, seed: UInt64(count) + 72)
            let square0 = Inputs.moments(count, seed: UInt64(count) + 73)
            let delta0 = Inputs.moments(count, seed: UInt64(count) + 74)
            // Reference: the element loop `Adadelta.update` had.
            var (theta, square, delta, ratio) = (theta0, square0, delta0, [Float](repeating: 0, count: count))
            for i in 0..<count {
                let g = decayed(grad[i], theta[i], decay)
                let v = rho * square[i] + oneMinusRho * (g * g)
                square[i] = v
                let r = (delta[i] + eps).squareRoot() / (v + eps).squareRoot()
                ratio[i] = r
                let d = r * g
                delta[i] = rho * delta[i] + oneMinusRho * (d * d)
                theta[i] -= rate * d
            }
            for path in KernelPath.available {
                var (t, s, dl, r) = (theta0, square0, delta0, [Float](repeating: 0, count: count))
                t.withUnsafeMutableBufferPointer { tp in
                    s.withUnsafeMutableBufferPointer { sp in
                        dl.withUnsafeMutableBufferPointer { dp in
                            r.withUnsafeMutableBufferPointer { rp in
                                lrk_adadelta_update(
                                    path.code, tp.baseAddress, grad, sp.baseAddress, dp.baseAddress, rp.baseAddress, count,
                                    rate, decay, rho, oneMinusRho, eps)
                            }
                        }
                    }
                }
                Inputs.expectSame(theta, t, "adadelta θ λ \(decay) \(count)", path)
                Inputs.expectSame(square, s, "adadelta v λ \(decay) \(count)", path)
                Inputs.expectSame(delta, dl, "adadelta Δ λ \(decay) \(count)", path)
                Inputs.expectSame(ratio, r, "adadelta r λ \(decay) \(count)", path)
            }
        }
    }
}
