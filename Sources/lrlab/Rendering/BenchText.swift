import Foundation
import LRConfig
import LRRun

/// `lrlab bench`'s tables: training throughput per shape under the kernel path that ran, then
/// each GEMM shape's GFLOP/s against the measured single-core peak.
enum BenchText {
    static func cases(_ results: [BenchmarkResult]) -> String {
        var lines = [
            "kernel path: \(KernelSelection.active) (available: \(KernelSelection.available.joined(separator: ", ")))",
            "case                                   steps/s     GFLOP/s   MFLOP/step  repetitions",
        ]
        for result in results {
            let name = result.benchmark.name.padding(toLength: 35, withPad: " ", startingAt: 0)
            lines.append(
                name + String(format: " %11.1f %11.3f %12.3f %12d",
                    result.stepsPerSecond, result.gflops, result.benchmark.stepFLOPs / 1e6, result.seconds.count))
        }
        return lines.joined(separator: "\n")
    }

    static func gemm(_ results: [GEMMBenchmark.Result], peak: Double) -> String {
        var lines = [
            String(format: "single-core FP32 peak (%@ path, measured with independent FMA chains): %.1f GFLOP/s",
                KernelSelection.active, peak)
        ]
        for result in results {
            lines.append(
                result.shape.name.padding(toLength: 35, withPad: " ", startingAt: 0)
                    + String(format: " %8.1f GFLOP/s  %5.1f %% of peak", result.gflops, 100 * result.gflops / peak))
        }
        return lines.joined(separator: "\n")
    }
}
