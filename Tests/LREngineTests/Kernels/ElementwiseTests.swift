import Testing
@testable import LREngine

@Suite("Element-wise kernels")
struct ElementwiseTests {
    @Test func columnSumsAddRowsInOrder() {
        var x: [Float] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]  // 4 × 3
        var sums = [Float](repeating: -1, count: 3)
        x.withUnsafeMutableBufferPointer { xp in
            sums.withUnsafeMutableBufferPointer { sp in
                Elementwise.columnSums(of: xp.baseAddress!, rows: 4, columns: 3, into: sp.baseAddress!)
            }
        }
        #expect(sums == [22, 26, 30])
    }

    @Test func addRowVectorBroadcasts() {
        var x: [Float] = [1, 2, 3, 4, 5, 6]  // 2 × 3
        let bias: [Float] = [10, 20, 30]
        x.withUnsafeMutableBufferPointer { xp in
            bias.withUnsafeBufferPointer { bp in
                Elementwise.addRowVector(bp.baseAddress!, to: xp.baseAddress!, rows: 2, columns: 3)
            }
        }
        #expect(x == [11, 22, 33, 14, 25, 36])
    }

    @Test func axpyScaleMultiplyFill() {
        var y: [Float] = [1, 1, 1]
        let x: [Float] = [1, 2, 3]
        y.withUnsafeMutableBufferPointer { yp in
            x.withUnsafeBufferPointer { xp in
                Elementwise.axpy(2, xp.baseAddress!, yp.baseAddress!, count: 3)
                #expect(Array(yp) == [3, 5, 7])
                Elementwise.scale(yp.baseAddress!, count: 3, by: 0.5)
                #expect(Array(yp) == [1.5, 2.5, 3.5])
                Elementwise.multiply(xp.baseAddress!, UnsafePointer(yp.baseAddress!), into: yp.baseAddress!, count: 3)
                #expect(Array(yp) == [1.5, 5, 10.5])
                #expect(Elementwise.sumOfSquares(UnsafePointer(yp.baseAddress!), count: 3) == 2.25 + 25 + 110.25)
                Elementwise.fill(yp.baseAddress!, count: 3, with: -2)
                #expect(Array(yp) == [-2, -2, -2])
            }
        }
    }
}
