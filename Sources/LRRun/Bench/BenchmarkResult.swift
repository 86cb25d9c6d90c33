/// Timings of one `BenchmarkCase`: medians over the repetitions.
package struct BenchmarkResult: Sendable, Equatable {
    package var benchmark: BenchmarkCase
    /// Wall-clock seconds of each repetition (`benchmark.timedSteps` updates each), in run order.
    package var seconds: [Double]
    /// Training steps per second, from the median repetition.
    package var stepsPerSecond: Double
    /// `stepFLOPs × stepsPerSecond / 1e9`.
    package var gflops: Double

    package init(benchmark: BenchmarkCase, seconds: [Double]) {
        self.benchmark = benchmark
        self.seconds = seconds
        let sorted = seconds.sorted()
        let median: Double
        if sorted.isEmpty {
            median = .nan
        } else if sorted.count % 2 == 1 {
            median = sorted[sorted.count / 2]
        } else {
            median = (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
        }
        stepsPerSecond = median > 0 ? Double(benchmark.timedSteps) / median : .nan
        gflops = benchmark.stepFLOPs * stepsPerSecond / 1e9
    }
}
