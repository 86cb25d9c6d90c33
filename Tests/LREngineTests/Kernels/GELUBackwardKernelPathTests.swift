import CKernels
import Testing
@testable import LREngine

/// GELU's backward kernel shares the forward pass's erf (the lanes that need the continued
/// fraction gathered into 16-lane blocks, each to its own depth) and computes e^(−x²/2) with
/// `Elementary.exp`'s bits: over inputs that mix the series, every fraction depth, the cut-offs
/// at |x·√½| = 1 and 6, the exponential's underflow and the special values, it gives
/// `Activation.backward`'s bits on every path.
@Suite("GELU backward kernel paths")
struct GELUBackwardKernelPathTests {
    typealias Inputs = ElementwiseKernelPathTests

    /// Pre-activations around every branch of erf(x·√½) and of e^(−x²/2), in random order
    /// within blocks.
    static func preActivations() -> [Float] {
        var state: UInt64 = 7
        func next() -> Float {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Float(state >> 40) / Float(1 << 24)
        }
        var edges: [Float] = [
            0, -0.0, .nan, -.nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, -.leastNormalMagnitude / 3,
        ]
        // |x·√½| = 1 and 6 (x = ±√2, ±6√2), each with its neighbours.
        for edge: Float in [1.4142135, 8.485281] {
            var x = edge
            for _ in 0..<4 { x = x.nextDown }
            for _ in 0..<9 {
                edges += [x, -x]
                x = x.nextUp
            }
        }
        // Where the fraction's depth ⌊200/a²⌋ + 16 steps (a² = 200/k), and where e^(−x²/2)
        // becomes subnormal and then zero (x² ≈ 1416 and 1490).
        for k in stride(from: 6, through: 200, by: 7) {
            let x = Float((2 * 200 / Double(k)).squareRoot())
            edges += [x.nextDown, x, x.nextUp, -x]
        }
        for _ in 0..<400 { edges += [37 + next() * 2.5, -(37 + next() * 2.5)] }
        var z = edges
        for _ in 0..<20_000 { z.append((next() - 0.5) * 24) }
        for _ in 0..<5_000 { z.append(1.4 + next() * 0.2) }
        for _ in 0..<5_000 { z.append(-(8.4 + next() * 0.2)) }
        return z
    }

    @Test func backwardOverErfBranches() {
        let z = Self.preActivations()
        // Upstream gradients: ordinary values and, every fifth, a special one.
        let g0 = Inputs.values(z.count, seed: 5)
        let a = [Float](repeating: 0, count: z.count)
        var expected = g0
        expected.withUnsafeMutableBufferPointer { Activation.gelu.backward($0.baseAddress!, z: z, a: a, count: z.count) }
        for path in KernelPath.available {
            for offset in [0, 5, 13] {
                var g = Array(g0[offset...])
                let zz = Array(z[offset...])
                g.withUnsafeMutableBufferPointer { gp in
                    lrk_activation_backward(
                        path.code, gp.baseAddress, zz, a, gp.count, Int32(LRK_ACTIVATION_GELU.rawValue),
                        Activation.leakySlope)
                }
                Inputs.expectSame(Array(expected[offset...]), g, "gelu backward offset \(offset)", path)
            }
        }
    }

    /// `LayerKernels.activationBackward` now runs GELU in the kernel: the same bits as the
    /// Swift loop, on every path.
    @Test func layerKernelsRouteGELU() {
        let z = Inputs.values(1031, seed: 17).map { $0 * 4 }
        let g0 = Inputs.values(1031, seed: 18)
        var expected = g0
        expected.withUnsafeMutableBufferPointer { Activation.gelu.backward($0.baseAddress!, z: z, a: z, count: z.count) }
        for path in KernelPath.available {
            var g = g0
            g.withUnsafeMutableBufferPointer {
                LayerKernels.activationBackward(.gelu, gradient: $0.baseAddress!, z: z, a: z, count: z.count, path: path)
            }
            Inputs.expectSame(expected, g, "gelu backward via LayerKernels", path)
        }
    }
}
