import Foundation
import Testing
@testable import LRConfig
@testable import LRTrial
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct ExecutorTests {
    /// `count` trials; trial i shares data key `d<i % 3>` and trains to val_loss i.
    static func plan(_ experiment: Experiment, count: Int = 9) -> [PlannedTrial] {
        (0..<count).map { i in
            let spec = TrialSpec(id: "t\(i)", configurationID: "c\(i)", assignments: [], seed: i, experiment: experiment)
            return PlannedTrial(spec: spec, trialKey: "key\(i)", dataKey: "d\(i % 3)")
        }
    }

    /// Counts preparations and the most trials running at once; trial i sleeps (9 - i) ms so
    /// later trials tend to finish first.
    final class Probe: Sendable {
        let preparations = Locked<[String]>([])
        let running = Locked((now: 0, most: 0))
        let trained = Locked<[String]>([])

        func work(statuses: [Int: TrialOutcome.Status] = [:]) -> TrialWork<String> {
            TrialWork(
                prepare: { spec in
                    let key = "d\(spec.seed % 3)"
                    self.preparations.withLock { $0.append(key) }
                    return "data-\(key)"
                },
                train: { spec, data, progress in
                    self.running.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                    defer { self.running.withLock { $0.now -= 1 } }
                    progress(TrialProgress(done: 1, total: 1, unit: "epoch"))
                    usleep(UInt32(max(0, 9 - spec.seed)) * 1000)
                    self.trained.withLock { $0.append(spec.id) }
                    #expect(data == "data-d\(spec.seed % 3)")
                    return TrialOutcome(
                        status: statuses[spec.seed] ?? .ok, message: nil, final: [.init("val_loss", Double(spec.seed))],
                        best: [], curve: CurveTable(columns: ["step"], rows: [[Double(spec.seed)]]), epochs: 1, steps: 1)
                })
        }
    }

    @Test(arguments: [1, 2, 4])
    func outcomesComeInPlanOrderWithBoundedConcurrency(_ jobs: Int) throws {
        let files = try TempFiles()
        let probe = Probe()
        let report = Executor(jobs: jobs, cache: nil).run(Self.plan(try SampleRuns.experiment(files)), work: probe.work())
        #expect(report.ending == .completed)
        #expect(report.complete?.map { $0.final[0].value } == (0..<9).map(Double.init))
        #expect(report.trained == 9 && report.cached == 0)
        #expect(probe.running.withLock { $0.most } <= jobs)
        // One preparation per data key, however many trials share it.
        #expect(probe.preparations.withLock { $0.sorted() } == ["d0", "d1", "d2"])
    }

    @Test func cachedTrialsAreNotTrainedAgain() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let plan = Self.plan(try SampleRuns.experiment(files))
        let first = Executor(jobs: 2, cache: cache).run(Array(plan.prefix(4)), work: Probe().work())
        #expect(first.trained == 4)
        let probe = Probe()
        let events = Locked<[String]>([])
        let second = Executor(jobs: 2, cache: cache).run(plan, work: probe.work()) { event in
            if case .finished(let index, _, _, let cached, _) = event { events.withLock { $0.append("\(index):\(cached)") } }
        }
        #expect(second.cached == 4 && second.trained == 5)
        #expect(probe.trained.withLock { $0.sorted() } == ["t4", "t5", "t6", "t7", "t8"])
        #expect(second.complete?.map { $0.final[0].value } == (0..<9).map(Double.init))
        #expect(events.withLock { $0.filter { $0.hasSuffix(":true") }.sorted() } == ["0:true", "1:true", "2:true", "3:true"])
    }

    @Test func failuresAreRecordedAndTheRunGoesOn() throws {
        let files = try TempFiles()
        let report = Executor(jobs: 2, cache: nil).run(
            Self.plan(try SampleRuns.experiment(files)), work: Probe().work(statuses: [2: .failed, 5: .diverged]))
        #expect(report.ending == .completed)
        #expect(report.complete?.map(\.status) == [.ok, .ok, .failed, .ok, .ok, .diverged, .ok, .ok, .ok])
    }

    @Test func failFastStartsNoTrialAfterAFailure() throws {
        let files = try TempFiles()
        let probe = Probe()
        let report = Executor(jobs: 1, failFast: true, cache: nil).run(
            Self.plan(try SampleRuns.experiment(files)), work: probe.work(statuses: [1: .diverged, 3: .failed]))
        #expect(report.ending == .failedFast)
        #expect(report.outcomes.map { $0?.status } == [.ok, .diverged, .ok, .failed, nil, nil, nil, nil, nil])
    }

    @Test func cancellationStopsSchedulingAndKeepsFinishedTrialsCached() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let flag = CancellationFlag()
        let report = Executor(jobs: 1, cache: cache).run(Self.plan(try SampleRuns.experiment(files)), work: Probe().work(), cancellation: flag) { event in
            if case .finished(let index, _, _, _, _) = event, index == 2 { flag.cancel() }
        }
        #expect(report.ending == .interrupted)
        #expect(report.outcomes.map { $0 != nil } == [true, true, true, false, false, false, false, false, false])
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted() == [".gitignore", "key0", "key1", "key2"])
    }

    @Test func aPreparationErrorFailsEveryTrialSharingTheData() throws {
        struct Broken: Error, CustomStringConvertible { var description: String { "data.csv:3:1: bad row" } }
        let files = try TempFiles()
        let work = TrialWork<Int>(
            prepare: { spec in if spec.seed % 3 == 1 { throw Broken() } else { return 0 } },
            train: { _, _, _ in SampleRuns.outcome(trainLoss: 1, valLoss: 1) })
        let report = Executor(jobs: 2, cache: nil).run(Self.plan(try SampleRuns.experiment(files)), work: work)
        let failed = report.outcomes.enumerated().filter { $0.element?.status == .failed }
        #expect(failed.map(\.offset) == [1, 4, 7])
        #expect(failed.allSatisfy { $0.element?.message == "data.csv:3:1: bad row" })
    }

    @Test func corruptCacheEntryIsReportedAndRetrained() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let plan = Array(Self.plan(try SampleRuns.experiment(files)).prefix(2))
        _ = Executor(jobs: 1, cache: cache).run(plan, work: Probe().work())
        try Data("garbage".utf8).write(to: cache.directory.appendingPathComponent("key1/outcome.json"))
        let corrupt = Locked<[Int]>([])
        let probe = Probe()
        let report = Executor(jobs: 1, cache: cache).run(plan, work: probe.work()) { event in
            if case .corruptCacheEntry(let index, _, _) = event { corrupt.withLock { $0.append(index) } }
        }
        #expect(corrupt.withLock { $0 } == [1])
        #expect(probe.trained.withLock { $0 } == ["t1"])
        #expect(report.cached == 1 && report.trained == 1)
        #expect(cache.outcome(key: "key1") == report.outcomes[1])
    }
}
