import Testing

@testable import LREngine
import LRTestSupport

/// `clipGradientNorm` against hand-computed values of `torch.nn.utils.clip_grad_norm_`.
@Suite struct GradientClippingTests {
    @Test func clipsToMaxNorm() {
        var g: [Float] = [3, 4]
        let norm = clipGradientNorm(&g, maxNorm: 1)
        #expect(norm == 5)
        // c = 1/(5 + 1e-6)
        #expect(isClose(Double(g[0]), 3 / (5 + 1e-6), rtol: 1e-7))
        #expect(isClose(Double(g[1]), 4 / (5 + 1e-6), rtol: 1e-7))
    }

    @Test func leavesSmallGradientsAlone() {
        var g: [Float] = [1, -2, 2]
        let norm = clipGradientNorm(&g, maxNorm: 3.5)
        #expect(norm == 3)
        #expect(g == [1, -2, 2])
    }

    @Test func normJustAboveMaxStillClipsByTheEpsilon() {
        // ‖g‖ = 3 = maxNorm: c = 3/(3 + 1e-6) < 1, so PyTorch scales by c.
        var g: [Float] = [1, -2, 2]
        _ = clipGradientNorm(&g, maxNorm: 3)
        #expect(g[1] < -1.9999 && g[1] > -2)
    }

    @Test func zeroGradientStaysZero() {
        var g: [Float] = [0, 0, 0]
        #expect(clipGradientNorm(&g, maxNorm: 1) == 0)
        #expect(g == [0, 0, 0])
    }

    @Test func nonFiniteNormPoisonsTheGradient() {
        var g: [Float] = [.infinity, 1]
        #expect(clipGradientNorm(&g, maxNorm: 1) == .infinity)
        #expect(g[1] == 0)  // 1·(1/∞) = 0, as PyTorch; the ∞ entry becomes NaN
        #expect(g[0].isNaN)
    }
}
