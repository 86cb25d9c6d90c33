import Testing
@testable import LREngine

@Suite("GEMM kernels")
struct GEMMTests {
    struct Case: CustomStringConvertible, Sendable {
        var m: Int, n: Int, k: Int
        var description: String { "\(m)x\(n)x\(k)" }
    }

    static let shapes: [Case] = [
        Case(m: 1, n: 1, k: 1), Case(m: 3, n: 5, k: 7), Case(m: 4, n: 8, k: 4),
        Case(m: 9, n: 17, k: 33), Case(m: 65, n: 10, k: 300), Case(m: 128, n: 256, k: 64),
        Case(m: 2, n: 130, k: 513),
    ]

    static let transposes: [(Bool, Bool)] = [(false, false), (true, false), (false, true), (true, true)]

    /// `BlockedGEMM` agrees with the naive triple loop for every transpose combination,
    /// shapes that exercise every tile remainder and the depth blocking, and α, β ≠ 0, 1.
    @Test(arguments: shapes, [0, 1, 2, 3])
    func blockedMatchesNaive(shape: Case, transposeIndex: Int) {
        let (transposeA, transposeB) = Self.transposes[transposeIndex]
        let a = transposeA
            ? GradientCheck.randomMatrix(rows: shape.k, columns: shape.m, seed: 1)
            : GradientCheck.randomMatrix(rows: shape.m, columns: shape.k, seed: 1)
        let b = transposeB
            ? GradientCheck.randomMatrix(rows: shape.n, columns: shape.k, seed: 2)
            : GradientCheck.randomMatrix(rows: shape.k, columns: shape.n, seed: 2)
        let c0 = GradientCheck.randomMatrix(rows: shape.m, columns: shape.n, seed: 3)
        var expected = c0
        var actual = c0
        NaiveGEMM().multiply(
            a, transposeA: transposeA, b, transposeB: transposeB, into: &expected,
            alpha: 0.75, beta: -0.5)
        BlockedGEMM().multiply(
            a, transposeA: transposeA, b, transposeB: transposeB, into: &actual,
            alpha: 0.75, beta: -0.5)
        let tolerance = Float(shape.k).squareRoot() * 1e-5
        let worst = zip(expected.storage, actual.storage).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
        #expect(worst <= tolerance, "largest relative error \(worst)")
    }

    /// β = 0 overwrites C without reading it, so NaN or garbage in C does not survive.
    @Test func betaZeroIgnoresC() {
        let a = GradientCheck.randomMatrix(rows: 5, columns: 6, seed: 4)
        let b = GradientCheck.randomMatrix(rows: 6, columns: 9, seed: 5)
        var c = Matrix(rows: 5, columns: 9, storage: Array(repeating: .nan, count: 45))
        BlockedGEMM().multiply(a, b, into: &c)
        #expect(c.storage.allSatisfy { $0.isFinite })
        var reference = Matrix(rows: 5, columns: 9)
        NaiveGEMM().multiply(a, b, into: &reference)
        for (x, y) in zip(c.storage, reference.storage) { #expect(abs(x - y) <= 1e-5 * max(1, abs(y))) }
    }

    /// Leading dimensions wider than the operands: the kernel works on sub-matrices and leaves
    /// the rest of C alone.
    @Test func leadingDimensions() {
        let a = GradientCheck.randomMatrix(rows: 6, columns: 20, seed: 6)  // uses 6×11 of it
        let b = GradientCheck.randomMatrix(rows: 11, columns: 30, seed: 7)  // uses 11×13
        var c = Matrix(rows: 6, columns: 16, storage: Array(repeating: 7, count: 96))
        var reference = c
        Self.subProduct(BlockedGEMM(), a, b, into: &c)
        Self.subProduct(NaiveGEMM(), a, b, into: &reference)
        for row in 0..<6 {
            for column in 13..<16 { #expect(c[row, column] == 7) }
            for column in 0..<13 {
                let expected = reference[row, column]
                #expect(abs(c[row, column] - expected) <= 1e-5 * max(1, abs(expected)))
            }
        }
    }

    /// C[0..<6, 0..<13] += A[0..<6, 0..<11]·B[0..<11, 0..<13], through the raw interface.
    static func subProduct(_ kernel: some GEMMKernel, _ a: Matrix, _ b: Matrix, into c: inout Matrix) {
        a.storage.withUnsafeBufferPointer { ap in
            b.storage.withUnsafeBufferPointer { bp in
                c.storage.withUnsafeMutableBufferPointer { cp in
                    kernel.gemm(
                        transposeA: false, transposeB: false, m: 6, n: 13, k: 11, alpha: 1,
                        a: ap.baseAddress!, lda: a.columns, b: bp.baseAddress!, ldb: b.columns,
                        beta: 1, c: cp.baseAddress!, ldc: c.columns)
                }
            }
        }
    }

    /// Same inputs, same bits: the blocked kernel's summation order depends only on shapes.
    @Test func deterministic() {
        let a = GradientCheck.randomMatrix(rows: 70, columns: 300, seed: 8)
        let b = GradientCheck.randomMatrix(rows: 40, columns: 300, seed: 9)
        var first = Matrix(rows: 70, columns: 40)
        var second = Matrix(rows: 70, columns: 40)
        BlockedGEMM().multiply(a, b, transposeB: true, into: &first)
        BlockedGEMM().multiply(a, b, transposeB: true, into: &second)
        #expect(first == second)
    }
}
