import Testing

@testable import LREngine
import LRTestSupport

/// Hypergradient descent (Baydin et al., 2018) on `f(x) = ½·Σ cᵢxᵢ²`, whose gradient is `c ⊙ x`.
@Suite struct HypergradientTests {
    static let curvature: [Float] = [1, 2, 4]
    static let start: [Float] = [1, -1, 0.5]

    static func gradient(_ x: [Float]) -> [Float] { zip(curvature, x).map { $0 * $1 } }

    /// Runs `steps` updates at a constant scheduled rate and returns the learned rates.
    static func run(_ optimizer: inout some Optimizer, lr: Double, steps: Int) -> [Double] {
        var x = start
        var rates: [Double] = []
        let groups = [ParameterGroup(ranges: [0..<x.count])]
        for _ in 0..<steps {
            optimizer.step(
                parameters: &x, gradients: gradient(x), lr: lr, momentum: nil, groups: groups)
            rates.append(optimizer.appliedLR)
        }
        return rates
    }

    @Test func sgdRateRisesWhenTooSmall() {
        var optimizer = SGDHD(options: .torch(hypergradientLR: 1e-3))
        let rates = Self.run(&optimizer, lr: 1e-3, steps: 50)
        #expect(rates[0] == 1e-3)
        #expect(rates[49] > 1e-2, "learned rate \(rates[49])")
        #expect(zip(rates, rates.dropFirst()).allSatisfy { $0 <= $1 }, "\(rates)")
    }

    @Test func sgdRateFallsWhenTooLarge() {
        // At 0.6 plain gradient descent diverges along the stiff coordinate (|1 − 0.6·4| > 1);
        // hypergradient descent must bring the rate under the stability limit 2/4.
        var optimizer = SGDHD(options: .torch(hypergradientLR: 1e-3))
        let rates = Self.run(&optimizer, lr: 0.6, steps: 50)
        #expect(rates[1] < 0.6)
        #expect(rates[49] < 0.5, "learned rate \(rates[49])")
        var plain = SGD(options: .torch())
        var x = Self.start
        var y = Self.start
        let groups = [ParameterGroup(ranges: [0..<3])]
        for _ in 0..<50 {
            plain.step(
                parameters: &x, gradients: Self.gradient(x), lr: 0.6, momentum: nil, groups: groups)
        }
        var adapted = SGDHD(options: .torch(hypergradientLR: 1e-3))
        for _ in 0..<50 {
            adapted.step(
                parameters: &y, gradients: Self.gradient(y), lr: 0.6, momentum: nil, groups: groups)
        }
        #expect(abs(x[2]) > 1 && abs(y[2]) < 1e-3, "plain \(x), adapted \(y)")
    }

    @Test func adamRateRisesWhenTooSmall() {
        var optimizer = AdamHD(options: .torch(hypergradientLR: 1e-4))
        let rates = Self.run(&optimizer, lr: 1e-4, steps: 100)
        #expect(rates[0] == 1e-4)
        #expect(rates[99] > 1e-3, "learned rate \(rates[99])")
    }

    @Test func adamRateFallsWhenTooLarge() {
        // A rate of 1 overshoots the minimum from the first step, so gₜ·dₜ₋₁ < 0.
        var optimizer = AdamHD(options: .torch(hypergradientLR: 1e-2))
        let rates = Self.run(&optimizer, lr: 1.0, steps: 100)
        #expect(rates[99] < 0.97, "learned rate \(rates[99])")
    }

    @Test func sgdFirstTwoStepsByHand() {
        let beta = 0.01
        let alpha0 = 0.1
        var optimizer = SGDHD(options: .torch(hypergradientLR: beta))
        var x = Self.start
        let groups = [ParameterGroup(ranges: [0..<3])]
        // By hand, in Double: α₁ = α₀ (no previous direction), x₁ = x₀ − α₀g₀;
        // h₂ = g₁·g₀, α₂ = α₀ + βh₂, x₂ = x₁ − α₂g₁.
        let c = Self.curvature.map(Double.init)
        let x0 = Self.start.map(Double.init)
        let g0 = zip(c, x0).map { $0 * $1 }
        let x1 = zip(x0, g0).map { $0 - alpha0 * $1 }
        let g1 = zip(c, x1).map { $0 * $1 }
        let h = zip(g1, g0).map { $0 * $1 }.reduce(0, +)
        let alpha2 = alpha0 + beta * h
        let x2 = zip(x1, g1).map { $0 - alpha2 * $1 }

        optimizer.step(
            parameters: &x, gradients: Self.gradient(x), lr: alpha0, momentum: nil, groups: groups)
        #expect(optimizer.appliedLR == alpha0)
        for (a, b) in zip(x, x1) { #expect(isClose(Double(a), b, rtol: 1e-6, atol: 1e-7)) }
        optimizer.step(
            parameters: &x, gradients: Self.gradient(x), lr: alpha0, momentum: nil, groups: groups)
        #expect(
            isClose(optimizer.appliedLR, alpha2, rtol: 1e-6), "\(optimizer.appliedLR) vs \(alpha2)")
        #expect(isClose(optimizer.lastHypergradient, h, rtol: 1e-6))
        for (a, b) in zip(x, x2) { #expect(isClose(Double(a), b, rtol: 1e-6, atol: 1e-7)) }
    }

    @Test func adamFirstTwoStepsByHand() {
        let beta = 1e-3
        let alpha0 = 0.01
        let (b1, b2, eps) = (0.9, 0.999, 1e-8)
        var optimizer = AdamHD(options: .torch(hypergradientLR: beta))
        var x = Self.start
        let groups = [ParameterGroup(ranges: [0..<3])]
        let c = Self.curvature.map(Double.init)
        let x0 = Self.start.map(Double.init)
        let g0 = zip(c, x0).map { $0 * $1 }
        // Step 1: m̂ = g₀, v̂ = g₀², d₁ = g₀/(|g₀| + ε).
        let d1 = g0.map { $0 / (abs($0) + eps) }
        let x1 = zip(x0, d1).map { $0 - alpha0 * $1 }
        let g1 = zip(c, x1).map { $0 * $1 }
        // Step 2: h = g₁·d₁, α₂ = α₀ + βh, then Adam's second step at α₂.
        let h = zip(g1, d1).map { $0 * $1 }.reduce(0, +)
        let alpha2 = alpha0 + beta * h
        let x2 = (0..<3).map { i -> Double in
            let m = b1 * (1 - b1) * g0[i] + (1 - b1) * g1[i]
            let v = b2 * (1 - b2) * g0[i] * g0[i] + (1 - b2) * g1[i] * g1[i]
            let mHat = m / (1 - b1 * b1)
            let vHat = v / (1 - b2 * b2)
            return x1[i] - alpha2 * mHat / (vHat.squareRoot() + eps)
        }

        optimizer.step(
            parameters: &x, gradients: Self.gradient(x), lr: alpha0, momentum: nil, groups: groups)
        for (a, b) in zip(x, x1) { #expect(isClose(Double(a), b, rtol: 1e-5, atol: 1e-7)) }
        optimizer.step(
            parameters: &x, gradients: Self.gradient(x), lr: alpha0, momentum: nil, groups: groups)
        #expect(
            isClose(optimizer.appliedLR, alpha2, rtol: 1e-6), "\(optimizer.appliedLR) vs \(alpha2)")
        for (a, b) in zip(x, x2) { #expect(isClose(Double(a), b, rtol: 1e-5, atol: 1e-7)) }
    }

    @Test func learnedOffsetRidesOnTheSchedule() {
        // α = lr + δ: a changed scheduled rate shifts the learned rate by the same amount.
        var optimizer = SGDHD(options: .torch(hypergradientLR: 1e-3))
        var x = Self.start
        let groups = [ParameterGroup(ranges: [0..<3])]
        for _ in 0..<5 {
            optimizer.step(
                parameters: &x, gradients: Self.gradient(x), lr: 0.01, momentum: nil, groups: groups
            )
        }
        let offset = optimizer.learnedOffset
        #expect(offset > 0)
        optimizer.step(
            parameters: &x, gradients: Self.gradient(x), lr: 0.02, momentum: nil, groups: groups)
        #expect(isClose(optimizer.appliedLR, 0.02 + optimizer.learnedOffset, rtol: 1e-12))
        #expect(optimizer.learnedOffset > offset)
    }
}
