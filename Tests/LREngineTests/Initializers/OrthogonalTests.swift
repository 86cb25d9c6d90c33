import Testing
@testable import LREngine

@Suite("Orthogonal initialiser")
struct OrthogonalTests {
    /// `gram[i][j] = Σ_r W[r, i]·W[r, j]` (columns) or over columns (rows).
    static func gram(_ w: [Float], rows: Int, columns: Int, ofRows: Bool) -> [[Double]] {
        let size = ofRows ? rows : columns
        var result = [[Double]](repeating: [Double](repeating: 0, count: size), count: size)
        for i in 0..<size {
            for j in 0..<size {
                var sum = 0.0
                if ofRows {
                    for c in 0..<columns { sum += Double(w[i * columns + c]) * Double(w[j * columns + c]) }
                } else {
                    for r in 0..<rows { sum += Double(w[r * columns + i]) * Double(w[r * columns + j]) }
                }
                result[i][j] = sum
            }
        }
        return result
    }

    struct Shape: CustomStringConvertible, Sendable {
        var fanOut: Int, fanIn: Int, gain: Double
        var description: String { "\(fanOut)x\(fanIn) gain \(gain)" }
    }

    /// Tall weights have orthonormal columns (WᵀW = gain²·I), wide ones orthonormal rows.
    @Test(arguments: [
        Shape(fanOut: 64, fanIn: 64, gain: 1), Shape(fanOut: 100, fanIn: 30, gain: 1),
        Shape(fanOut: 30, fanIn: 100, gain: 1), Shape(fanOut: 40, fanIn: 40, gain: 2),
        Shape(fanOut: 1, fanIn: 5, gain: 1),
    ])
    func orthonormal(_ shape: Shape) {
        var stream = RandomStream(root: 7, name: "init")
        let w = Orthogonal(gain: shape.gain).weights(fanOut: shape.fanOut, fanIn: shape.fanIn, using: &stream)
        let g = Self.gram(w, rows: shape.fanOut, columns: shape.fanIn, ofRows: shape.fanOut < shape.fanIn)
        var worst = 0.0
        for i in g.indices {
            for j in g.indices {
                let expected = i == j ? shape.gain * shape.gain : 0
                worst = max(worst, abs(g[i][j] - expected))
            }
        }
        #expect(worst < 1e-5 * shape.gain * shape.gain, "largest deviation from gain²·I: \(worst)")
    }

    /// The Q factor times Qᵀ·M is M, and Qᵀ·M (= R) is upper triangular with a non-negative
    /// diagonal: the sign-corrected, unique QR that PyTorch's `orthogonal_` uses.
    @Test func qrFactorIsSignCorrected() {
        let p = 7, q = 4
        var stream = RandomStream(seed: 5)
        let m = (0..<(p * q)).map { _ in stream.normal() }
        let factor = Householder.orthonormalFactor(of: m, rows: p, columns: q)
        for i in 0..<q {
            for j in 0..<q {
                var r = 0.0
                for k in 0..<p { r += factor[k * q + i] * m[k * q + j] }
                if i > j { #expect(abs(r) < 1e-12) }
                if i == j { #expect(r > 0) }
            }
        }
        // Reconstruction: Q·(Qᵀ·M) = M.
        for row in 0..<p {
            for column in 0..<q {
                var sum = 0.0
                for i in 0..<q {
                    var r = 0.0
                    for k in 0..<p { r += factor[k * q + i] * m[k * q + column] }
                    sum += factor[row * q + i] * r
                }
                #expect(abs(sum - m[row * q + column]) < 1e-12)
            }
        }
    }

    /// Square 512 × 512: every entry has variance exactly 1/512 (rows are unit vectors) and
    /// the mean is near 0.
    @Test func squareStatistics() {
        var stream = RandomStream(root: 9, name: "init")
        let w = Orthogonal(gain: 1).weights(fanOut: 512, fanIn: 512, using: &stream)
        let n = Double(w.count)
        let mean = w.reduce(0.0) { $0 + Double($1) } / n
        let meanSquare = w.reduce(0.0) { $0 + Double($1) * Double($1) } / n
        #expect(abs(meanSquare - 1.0 / 512) < 1e-7)
        #expect(abs(mean) < 5 * (1.0 / 512 / n).squareRoot())
    }
}
