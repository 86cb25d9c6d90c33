@testable import LREngine

/// Finite-difference checks of hand-written gradients.
///
/// Parameters are Float, so each coordinate is moved to the nearest Floats of `θ ± step` and
/// the quotient divides by the exact distance between them; the loss itself comes back in
/// Double. With `step` 1e-3 the rounding noise of a Float forward pass (≈1e-7 relative) stays
/// near 1e-4 in the quotient, well inside the tolerances the tests use.
enum GradientCheck {
    /// Central differences of `model`'s loss with respect to every parameter.
    static func numericalGradient<M: Model>(
        of model: M, inputs: Matrix, targets: Targets, step: Double = 1e-3
    ) -> [Double] {
        var probe = model
        var result = [Double](repeating: 0, count: probe.parameters.count)
        for i in 0..<probe.parameters.count {
            let original = probe.parameters.values[i]
            let plus = Float(Double(original) + step)
            let minus = Float(Double(original) - step)
            probe.parameters.values[i] = plus
            let up = probe.lossAndGradient(inputs: inputs, targets: targets)
            probe.parameters.values[i] = minus
            let down = probe.lossAndGradient(inputs: inputs, targets: targets)
            probe.parameters.values[i] = original
            result[i] = (up - down) / (Double(plus) - Double(minus))
        }
        return result
    }

    /// Central differences of a Double function.
    static func numericalGradient(
        _ f: ([Double]) -> Double, at x: [Double], step: Double = 1e-6
    ) -> [Double] {
        var result = [Double](repeating: 0, count: x.count)
        var probe = x
        for i in x.indices {
            probe[i] = x[i] + step
            let up = f(probe)
            probe[i] = x[i] - step
            let down = f(probe)
            probe[i] = x[i]
            result[i] = (up - down) / (2 * step)
        }
        return result
    }

    /// The indices where `|analytic − numeric| > absolute + relative·max(|analytic|, |numeric|)`.
    static func mismatches(
        analytic: [Double], numeric: [Double], absolute: Double, relative: Double
    ) -> [Int] {
        guard analytic.count == numeric.count else { return [-1] }
        return analytic.indices.filter { i in
            let a = analytic[i], n = numeric[i]
            return !(abs(a - n) <= absolute + relative * max(abs(a), abs(n)))
        }
    }

    /// A matrix of standard-normal entries from a seeded stream.
    static func randomMatrix(rows: Int, columns: Int, seed: UInt64, scale: Double = 1) -> Matrix {
        var stream = RandomStream(seed: seed)
        var matrix = Matrix(rows: rows, columns: columns)
        for i in 0..<(rows * columns) { matrix.storage[i] = Float(scale * stream.normal()) }
        return matrix
    }

    /// Fills every parameter of `model` with N(0, scale²) from a seeded stream.
    static func randomize<M: Model>(_ model: inout M, seed: UInt64, scale: Double = 0.5) {
        var stream = RandomStream(seed: seed)
        for i in 0..<model.parameters.count {
            model.parameters.values[i] = Float(scale * stream.normal())
        }
    }
}
