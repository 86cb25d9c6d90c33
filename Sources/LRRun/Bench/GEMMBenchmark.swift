import Foundation
import LREngine

/// Raw GEMM throughput on the active kernel path against the core's measured FP32 peak.
///
/// The peak is measured, not looked up: twelve independent chains of fused multiply-adds on
/// the path's widest registers, so it is what one core sustains at its current clock
/// (FMA units × lanes × 2 flops × clock). Each shape is timed over enough repetitions to run
/// about 0.1 s, five times; the median counts.
package enum GEMMBenchmark {
    package struct Shape: Sendable, Equatable {
        package var m: Int, n: Int, k: Int
        package var transposeB: Bool
        package var name: String { "gemm \(m)×\(k)×\(n)\(transposeB ? " (A·Bᵀ)" : "")" }
    }

    /// 256³ and the MNIST MLP's first layer (batch 128 × 784 inputs × 256 units, as `A·Wᵀ`).
    package static let standard = [
        Shape(m: 256, n: 256, k: 256, transposeB: false),
        Shape(m: 128, n: 256, k: 784, transposeB: true),
    ]

    package struct Result: Sendable {
        package var shape: Shape
        package var gflops: Double
    }

    package static func run(_ shapes: [Shape] = standard, repetitions: Int = 5) -> [Result] {
        let kernel = DispatchedGEMM()
        return shapes.map { shape in
            let a = [Float](repeating: 0.5, count: shape.m * shape.k)
            let b = [Float](repeating: 0.25, count: shape.k * shape.n)
            var c = [Float](repeating: 0, count: shape.m * shape.n)
            let flops = 2 * Double(shape.m * shape.n * shape.k)
            let calls = max(1, Int(min(1e5, 2e8 / flops)))
            var rates: [Double] = []
            let clock = ContinuousClock()
            for _ in 0..<max(repetitions, 1) {
                let elapsed = clock.measure {
                    a.withUnsafeBufferPointer { a in
                        b.withUnsafeBufferPointer { b in
                            c.withUnsafeMutableBufferPointer { c in
                                guard let aBase = a.baseAddress, let bBase = b.baseAddress, let cBase = c.baseAddress
                                else { return }
                                for _ in 0..<calls {
                                    kernel.gemm(
                                        transposeA: false, transposeB: shape.transposeB, m: shape.m, n: shape.n, k: shape.k,
                                        alpha: 1, a: aBase, lda: shape.k, b: bBase,
                                        ldb: shape.transposeB ? shape.k : shape.n, beta: 0, c: cBase, ldc: shape.n)
                                }
                            }
                        }
                    }
                }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                rates.append(flops * Double(calls) / seconds / 1e9)
            }
            rates.sort()
            return Result(shape: shape, gflops: rates[rates.count / 2])
        }
    }
}
