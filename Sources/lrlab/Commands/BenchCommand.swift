import ArgumentParser
import Foundation
import LRConfig
import LRRun

/// `lrlab bench`: measure training throughput on this machine.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure training steps per second and GFLOP/s (medians over repetitions).",
        discussion: "Times full trainer updates (MLP, ReLU, cross-entropy, Adam) on one core.")

    @Option(help: "Repetitions per network shape; the median is reported.")
    var repetitions: Int = 5

    func validate() throws {
        guard (1...1000).contains(repetitions) else {
            throw ValidationError("'--repetitions' must be between 1 and 1000, got \(repetitions)")
        }
    }

    func run() throws {
        do {
            let results = try Benchmark.run(repetitions: repetitions)
            let gemm = BenchText.gemm(
                GEMMBenchmark.run(repetitions: repetitions), peak: KernelSelection.measuredPeakGFLOPS())
            emit(CommandOutput(stdout: BenchText.cases(results) + "\n" + gemm + "\n"))
        } catch {
            emit(CommandOutput(stderr: "error: \(error)\n", exitCode: ExitStatus.checkFailed))
        }
    }
}
