import Testing

@testable import LREngine
import LRTestSupport

/// Options the PyTorch reference cases leave at their defaults, checked against the update
/// formulas of the `torch.optim` documentation written out in Double for three steps.
@Suite struct OptionFormulaTests {
    static let x0: [Double] = [0.8, -1.5, 0.25]
    static let gradients: [[Double]] = [[0.3, -0.2, 1.1], [-0.5, 0.4, 0.9], [0.2, 0.1, -0.7]]

    /// Runs the optimizer over `gradients` and compares with `expected(x, g, t)` per step.
    static func check(
        _ optimizer: some Optimizer, lr: Double,
        expected: (inout [Double], [Double], Int) -> Void
    ) {
        var optimizer = optimizer
        var x = x0.map(Float.init)
        var reference = x0
        let groups = [ParameterGroup(ranges: [0..<3])]
        for (t, g) in gradients.enumerated() {
            optimizer.step(
                parameters: &x, gradients: g.map(Float.init), lr: lr, momentum: nil, groups: groups)
            expected(&reference, g, t + 1)
            for (a, b) in zip(x, reference) {
                #expect(
                    isClose(Double(a), b, rtol: 1e-5, atol: 1e-7), "step \(t + 1): \(a) vs \(b)")
            }
        }
    }

    @Test func sgdDampening() {
        var b = [Double](repeating: 0, count: 3)
        Self.check(SGD(options: .torch(momentum: 0.8, dampening: 0.3)), lr: 0.1) { x, g, t in
            for i in 0..<3 {
                b[i] = t == 1 ? g[i] : 0.8 * b[i] + 0.7 * g[i]
                x[i] -= 0.1 * b[i]
            }
        }
    }

    @Test func adagradDecayAndAccumulator() {
        var s = [Double](repeating: 0.5, count: 3)
        let options = Adagrad.Options.torch(lrDecay: 0.1, weightDecay: 0.2, initialAccumulatorValue: 0.5)
        Self.check(Adagrad(options: options), lr: 0.3) { x, g, t in
            let clr = 0.3 / (1 + Double(t - 1) * 0.1)
            for i in 0..<3 {
                let d = g[i] + 0.2 * x[i]
                s[i] += d * d
                x[i] -= clr * d / (s[i].squareRoot() + 1e-10)
            }
        }
    }

    @Test func rmspropDecayAndMomentum() {
        var v = [Double](repeating: 0, count: 3)
        var b = [Double](repeating: 0, count: 3)
        let options = RMSprop.Options.torch(alpha: 0.9, eps: 1e-6, weightDecay: 0.1, momentum: 0.5)
        Self.check(RMSprop(options: options), lr: 0.01) { x, g, _ in
            for i in 0..<3 {
                let d = g[i] + 0.1 * x[i]
                v[i] = 0.9 * v[i] + 0.1 * d * d
                b[i] = 0.5 * b[i] + d / (v[i].squareRoot() + 1e-6)
                x[i] -= 0.01 * b[i]
            }
        }
    }

    @Test func adamwWithAmsgrad() {
        var m = [Double](repeating: 0, count: 3)
        var v = [Double](repeating: 0, count: 3)
        var vMax = [Double](repeating: 0, count: 3)
        let optimizer = AdamW(
            options: .torch(beta1: 0.8, beta2: 0.9, weightDecay: 0.5, amsgrad: true))
        Self.check(optimizer, lr: 0.05) { x, g, t in
            for i in 0..<3 {
                x[i] *= 1 - 0.05 * 0.5
                m[i] = 0.8 * m[i] + 0.2 * g[i]
                v[i] = 0.9 * v[i] + 0.1 * g[i] * g[i]
                vMax[i] = max(vMax[i], v[i])
                let c1 = 1 - _pow(0.8, Double(t))
                let c2 = 1 - _pow(0.9, Double(t))
                x[i] -= 0.05 / c1 * m[i] / (vMax[i].squareRoot() / c2.squareRoot() + 1e-8)
            }
        }
    }

    @Test func nadamDecayAndMomentumDecay() {
        var m = [Double](repeating: 0, count: 3)
        var v = [Double](repeating: 0, count: 3)
        var product = 1.0
        let options = NAdam.Options.torch(weightDecay: 0.1, momentumDecay: 0.05)
        Self.check(NAdam(options: options), lr: 0.01) { x, g, t in
            let mu = 0.9 * (1 - 0.5 * _pow(0.96, Double(t) * 0.05))
            let muNext = 0.9 * (1 - 0.5 * _pow(0.96, Double(t + 1) * 0.05))
            product *= mu
            for i in 0..<3 {
                let d = g[i] + 0.1 * x[i]
                m[i] = 0.9 * m[i] + 0.1 * d
                v[i] = 0.999 * v[i] + 0.001 * d * d
                let denominator = (v[i] / (1 - _pow(0.999, Double(t)))).squareRoot() + 1e-8
                x[i] -= 0.01 * (1 - mu) / (1 - product) * d / denominator
                x[i] -= 0.01 * muNext / (1 - product * muNext) * m[i] / denominator
            }
        }
    }

    @Test func adamaxWeightDecay() {
        var m = [Double](repeating: 0, count: 3)
        var u = [Double](repeating: 0, count: 3)
        Self.check(Adamax(options: .torch(weightDecay: 0.3)), lr: 0.02) { x, g, t in
            for i in 0..<3 {
                let d = g[i] + 0.3 * x[i]
                m[i] = 0.9 * m[i] + 0.1 * d
                u[i] = max(0.999 * u[i], abs(d) + 1e-8)
                x[i] -= 0.02 / (1 - _pow(0.9, Double(t))) * m[i] / u[i]
            }
        }
    }

    @Test func adadeltaWeightDecayAndEps() {
        var v = [Double](repeating: 0, count: 3)
        var u = [Double](repeating: 0, count: 3)
        Self.check(Adadelta(options: .torch(rho: 0.8, eps: 1e-3, weightDecay: 0.2)), lr: 0.5) {
            x, g, _ in
            for i in 0..<3 {
                let d = g[i] + 0.2 * x[i]
                v[i] = 0.8 * v[i] + 0.2 * d * d
                let delta = (u[i] + 1e-3).squareRoot() / (v[i] + 1e-3).squareRoot() * d
                u[i] = 0.8 * u[i] + 0.2 * delta * delta
                x[i] -= 0.5 * delta
            }
        }
    }
}
