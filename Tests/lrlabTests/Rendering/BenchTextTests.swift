import Foundation
@testable import LRConfig
@testable import LRRun
import Testing
@testable import lrlab

/// `lrlab bench`'s tables name the kernel path and divide by the measured peak.
@Suite struct BenchTextTests {
    @Test func casesTableNamesThePathAndEveryCase() throws {
        let cases = [
            BenchmarkCase(inputs: 8, hidden: [16, 16], outputs: 4, batchSize: 16, steps: 20),
            BenchmarkCase(inputs: 2, hidden: [64, 64], outputs: 3, batchSize: 32, steps: 20, optimizer: .sgd),
        ]
        let table = BenchText.cases(try Benchmark.run(cases, repetitions: 1))
        #expect(table.split(separator: "\n").count == 4)
        #expect(table.hasPrefix("kernel path: \(KernelSelection.active) (available: "))
        #expect(table.contains("2→[64, 64]→3 @32 sgd"))
    }

    @Test func gemmTableStatesTheShareOfThePeak() {
        let shapes = [GEMMBenchmark.Shape(m: 5, n: 9, k: 3, transposeB: true)]
        let results = [GEMMBenchmark.Result(shape: shapes[0], gflops: 50)]
        let table = BenchText.gemm(results, peak: 200)
        #expect(table.split(separator: "\n").count == 2)
        #expect(table.contains("measured with independent FMA chains): 200.0 GFLOP/s"))
        #expect(table.contains("gemm 5×3×9 (A·Bᵀ)"))
        #expect(table.contains("50.0 GFLOP/s   25.0 % of peak"))
    }
}
