import Foundation
import Testing
@testable import LRConfig
@testable import LRTrial
@testable import LRReport
@testable import LRBundle
@testable import LRRun
import LRTestSupport

/// Measures the runner's per-trial overhead: wall time of plan + execute + cache + bundle that
/// is not spent inside `TrialRunner.run`. Prints figures; asserts none (timings are machine
/// dependent). Run with `LRLAB_MEASURE=1 swift test -c release -Xswiftc -enable-testing
/// --filter RunnerOverheadMeasurement`.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["LRLAB_MEASURE"] == "1"))
struct RunnerOverheadMeasurement {
    static let experiment = """
        version: 1
        name: overhead
        seed: 5
        model: {kind: function, name: rosenbrock, start: [-1.5, 2.0]}
        optimizer: {kind: sgd, lr: 0.0001}
        train: {steps: 20}
        sweep:
          method: random
          trials: 100
          parameters:
            optimizer.lr: {distribution: log_uniform, min: 1.0e-5, max: 1.0e-3}

        """

    @Test func hundredTinyTrials() throws {
        let files = try TempFiles()
        let path = try files.write("overhead.yaml", Self.experiment)
        let trainNanos = Locked<UInt64>(0)
        let runner = TrialWork<PreparedData?>.runner
        let timed = TrialWork<PreparedData?>(prepare: runner.prepare) { spec, data, progress in
            let start = DispatchTime.now().uptimeNanoseconds
            defer { trainNanos.withLock { $0 += DispatchTime.now().uptimeNanoseconds - start } }
            return runner.train(spec, data, progress)
        }
        // The parts, jobs 1: executor without and with a cache, then the bundle alone.
        let plan = try ExperimentRun(files: [path]).plans().get()[0]
        func ms(_ body: () throws -> Void) rethrows -> String {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            return String(format: "%.1f ms", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        var report: ExecutionReport?
        let bare = ms { report = Executor(jobs: 1, cache: nil).run(plan.trials, work: runner) }
        let cache = TrialCache(directory: URL(fileURLWithPath: files.directory + "/parts-cache"))
        let cached = ms { _ = Executor(jobs: 1, cache: cache).run(plan.trials, work: runner) }
        let hits = ms { _ = Executor(jobs: 1, cache: cache).run(plan.trials, work: runner) }
        let outcomes = report?.complete ?? []
        let result = RunResult(experiment: plan.experiment, trials: zip(plan.trials, outcomes).map { .init(spec: $0.spec, outcome: $1) })
        let summary = ms { _ = RunSummary(result) }
        let report2 = ms { _ = try? BundleWriter.standardReport(result, RunSummary(result)) }
        let contents = ms { _ = try? BundleWriter().contents(of: result) }
        let provenance = Provenance(started: Date(), finished: Date(), git: nil, jobs: 1, commandLine: [], trained: 0, cached: 0)
        let write = try ms { try BundleWriter().write(result, provenance: provenance, to: URL(fileURLWithPath: files.directory + "/parts/overhead")) }
        let git = ms { _ = GitState.probe(directory: URL(fileURLWithPath: files.directory)) }
        print("measure parts: executor without cache \(bare), with cache (stores) \(cached), all hits \(hits), summary \(summary), report \(report2), contents \(contents), bundle write \(write), git probe \(git)")
        for jobs in [1, 2] {
            trainNanos.withLock { $0 = 0 }
            let start = DispatchTime.now().uptimeNanoseconds
            let command = ExperimentRun(
                files: [path], jobs: jobs, cacheDirectory: files.directory + "/cache-\(jobs)", commandLine: ["measure"])
            let plan = try command.plans().get()[0]
            let planned = DispatchTime.now().uptimeNanoseconds
            var plan2 = plan
            plan2.bundleDirectory = files.directory + "/results-\(jobs)/overhead"
            guard case .written(let result, _, _, let execution) = command.execute(plan2, work: timed) else {
                Issue.record("no bundle")
                return
            }
            let end = DispatchTime.now().uptimeNanoseconds
            let wall = Double(end - start) / 1e6
            let train = Double(trainNanos.withLock { $0 }) / 1e6
            print("""
                measure jobs=\(jobs): \(result.trials.count) trials (\(execution.trained) trained), wall \(String(format: "%.1f", wall)) ms, \
                plan \(String(format: "%.1f", Double(planned - start) / 1e6)) ms, training (summed over trials) \(String(format: "%.1f", train)) ms, \
                not training \(String(format: "%.1f", wall - train)) ms = \(String(format: "%.3f", (wall - train) / Double(result.trials.count))) ms per trial (jobs=1 only)
                """)
        }
    }
}
