import Testing
@testable import LREngine

/// Every kernel path this CPU runs gives the portable path's bits, over shapes that exercise
/// every tile and block remainder, all four transpose cases, and α, β ≠ 0, 1.
@Suite("Kernel paths")
struct KernelPathTests {
    static let sizes = [1, 3, 7, 17, 33, 129, 257, 785]

    /// Each size in each dimension (the other two cycling through small and odd sizes), plus
    /// a few square and mixed shapes.
    static let shapes: [GEMMTests.Case] = {
        var shapes: [GEMMTests.Case] = []
        let others = [(3, 17), (33, 7), (1, 129), (17, 1)]
        for (index, size) in sizes.enumerated() {
            let (x, y) = others[index % others.count]
            shapes.append(GEMMTests.Case(m: size, n: x, k: y))
            shapes.append(GEMMTests.Case(m: x, n: size, k: y))
            shapes.append(GEMMTests.Case(m: x, n: y, k: size))
        }
        shapes += [
            GEMMTests.Case(m: 128, n: 256, k: 64), GEMMTests.Case(m: 129, n: 257, k: 785),
            GEMMTests.Case(m: 33, n: 785, k: 257), GEMMTests.Case(m: 257, n: 33, k: 129),
        ]
        return shapes
    }()

    static func operands(_ shape: GEMMTests.Case, transposeA: Bool, transposeB: Bool) -> (Matrix, Matrix, Matrix) {
        let a = transposeA
            ? GradientCheck.randomMatrix(rows: shape.k, columns: shape.m, seed: 5)
            : GradientCheck.randomMatrix(rows: shape.m, columns: shape.k, seed: 5)
        let b = transposeB
            ? GradientCheck.randomMatrix(rows: shape.n, columns: shape.k, seed: 6)
            : GradientCheck.randomMatrix(rows: shape.k, columns: shape.n, seed: 6)
        let c = GradientCheck.randomMatrix(rows: shape.m, columns: shape.n, seed: 7)
        return (a, b, c)
    }

    @Test(arguments: shapes, [0, 1, 2, 3])
    func everyPathGivesThePortableBits(shape: GEMMTests.Case, transposeIndex: Int) {
        let (transposeA, transposeB) = GEMMTests.transposes[transposeIndex]
        let (a, b, c0) = Self.operands(shape, transposeA: transposeA, transposeB: transposeB)
        var reference = c0
        DispatchedGEMM(path: .portable).multiply(
            a, transposeA: transposeA, b, transposeB: transposeB, into: &reference,
            alpha: 0.75, beta: -0.5)
        for path in KernelPath.available where path != .portable {
            var actual = c0
            DispatchedGEMM(path: path).multiply(
                a, transposeA: transposeA, b, transposeB: transposeB, into: &actual,
                alpha: 0.75, beta: -0.5)
            let differing = zip(reference.storage, actual.storage).filter { $0.bitPattern != $1.bitPattern }.count
            #expect(differing == 0, "\(path) \(shape) transposes \(transposeA) \(transposeB)")
        }
    }

    /// The portable path is a correct product: it agrees with the naive triple loop (whose
    /// summation is unfused and unblocked) within rounding.
    @Test(arguments: shapes.filter { $0.m * $0.n * $0.k <= 1 << 22 }, [0, 1, 2, 3])
    func portableMatchesNaive(shape: GEMMTests.Case, transposeIndex: Int) {
        let (transposeA, transposeB) = GEMMTests.transposes[transposeIndex]
        let (a, b, c0) = Self.operands(shape, transposeA: transposeA, transposeB: transposeB)
        var expected = c0
        var actual = c0
        NaiveGEMM().multiply(
            a, transposeA: transposeA, b, transposeB: transposeB, into: &expected, alpha: 0.75, beta: -0.5)
        DispatchedGEMM(path: .portable).multiply(
            a, transposeA: transposeA, b, transposeB: transposeB, into: &actual, alpha: 0.75, beta: -0.5)
        let tolerance = Float(shape.k).squareRoot() * 1e-5
        let worst = zip(expected.storage, actual.storage).map { abs($0 - $1) / max(1, abs($0)) }.max() ?? 0
        #expect(worst <= tolerance, "\(shape)")
    }

    /// β = 0 overwrites C without reading it (NaN does not survive), on every path.
    @Test func betaZeroIgnoresC() {
        let a = GradientCheck.randomMatrix(rows: 5, columns: 9, seed: 1)
        let b = GradientCheck.randomMatrix(rows: 9, columns: 21, seed: 2)
        for path in KernelPath.available {
            var c = Matrix(rows: 5, columns: 21, storage: Array(repeating: .nan, count: 105))
            DispatchedGEMM(path: path).multiply(a, b, into: &c)
            #expect(c.storage.allSatisfy { $0.isFinite }, "\(path)")
        }
    }

    @Test func environmentSelection() throws {
        #expect(try KernelPath.resolve(nil) == KernelPath.detected)
        #expect(try KernelPath.resolve("") == KernelPath.detected)
        #expect(try KernelPath.resolve("portable") == .portable)
        #expect(throws: KernelPathError.self) { _ = try KernelPath.resolve("avx1024") }
        for path in KernelPath.allCases where !path.isAvailable {
            #expect(throws: KernelPathError.self) { _ = try KernelPath.resolve(path.rawValue) }
        }
        #expect(KernelPath.available.first == .portable)
    }

    @Test func forcedPathApplies() {
        for path in KernelPath.available {
            KernelPath.$forced.withValue(path) { #expect(KernelPath.active == path) }
        }
    }
}
