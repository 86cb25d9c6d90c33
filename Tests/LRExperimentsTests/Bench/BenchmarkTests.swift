import Foundation
import Testing
@testable import LRConfig
@testable import LRRun

@Suite("benchmark")
struct BenchmarkTests {
    @Test func flopCountIsThreeForwardPasses() {
        let big = BenchmarkCase.standard[0]
        // 2·128·(64·256 + 256·256 + 256·10) forward, three times.
        #expect(big.forwardFLOPs == 21_626_880)
        #expect(big.stepFLOPs == 64_880_640)
        #expect(big.name == "64→[256, 256]→10 @128 adam")
        // 3·2·32·(2·64 + 64·64 + 64·3).
        #expect(BenchmarkCase.standard[2].stepFLOPs == 847_872)
        #expect(BenchmarkCase.standard.map(\.name) == [
            "64→[256, 256]→10 @128 adam", "784→[256, 256]→10 @128 adam", "2→[64, 64]→3 @32 adam",
            "8→[32]→2 @16 sgd",
        ])
    }

    /// Runs the benchmark with tiny settings to check it works; no timing is asserted.
    @Test func runsAndReports() throws {
        // Small shapes: debug builds of the GEMM are far too slow for the standard ones.
        let cases = [
            BenchmarkCase(inputs: 8, hidden: [16, 16], outputs: 4, batchSize: 16, steps: 20),
            BenchmarkCase(inputs: 2, hidden: [64, 64], outputs: 3, batchSize: 32, steps: 20, optimizer: .sgd),
        ]
        let results = try Benchmark.run(cases, repetitions: 3)
        #expect(results.count == 2)
        for result in results {
            #expect(result.seconds.count == 3)
            #expect(result.stepsPerSecond.isFinite && result.stepsPerSecond > 0)
            #expect(result.gflops.isFinite && result.gflops > 0)
        }
        #expect(results.map(\.benchmark.name).contains("2→[64, 64]→3 @32 sgd"))
    }

    /// The GEMM timing runs on small shapes.
    @Test func gemmReportsShareOfPeak() {
        let shapes = [GEMMBenchmark.Shape(m: 7, n: 17, k: 33, transposeB: false), GEMMBenchmark.Shape(m: 5, n: 9, k: 3, transposeB: true)]
        let results = GEMMBenchmark.run(shapes, repetitions: 1)
        #expect(results.count == 2)
        #expect(results.allSatisfy { $0.gflops.isFinite && $0.gflops > 0 })
        #expect(results.map(\.shape.name).contains("gemm 5×3×9 (A·Bᵀ)"))
    }

    @Test func medianOfRepetitions() {
        let result = BenchmarkResult(benchmark: BenchmarkCase.standard[2], seconds: [4, 1, 2])
        #expect(result.stepsPerSecond == 5000 / 2)
        let even = BenchmarkResult(benchmark: BenchmarkCase.standard[2], seconds: [4, 1, 2, 3])
        #expect(even.stepsPerSecond == 5000 / 2.5)
        let rounded = BenchmarkCase(inputs: 2, hidden: [4], outputs: 2, batchSize: 8, steps: 21)
        #expect(rounded.timedSteps == 30)
        #expect(BenchmarkResult(benchmark: rounded, seconds: [3]).stepsPerSecond == 10)
    }

    /// The full benchmark, printed; only with `LRLAB_BENCH=1` (use a release build).
    @Test(.enabled(if: ProcessInfo.processInfo.environment["LRLAB_BENCH"] == "1"))
    func standardBenchmark() throws {
        let results = try Benchmark.run()
        for result in results { print(result.benchmark.name, result.stepsPerSecond, "steps/s") }
        #expect(results.allSatisfy { $0.stepsPerSecond > 0 })
    }
}
