import Foundation
import Testing
@testable import LRRun
import LRTestSupport

/// `ExperimentRun.execute` in each mode, with a cluster stand-in that trains a batch's missing
/// trials through shards of this process (the real Slurm is exercised by .ci/slurm-e2e.sh).
@Suite(.serialized) struct ExecutionModeTests {
    static let grid = """
        version: 1
        name: modes
        seed: 3
        data: {source: moons, samples: 120}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 2, batch_size: 16}
        sweep:
          method: grid
          parameters:
            optimizer.lr: [0.01, 0.1, 0.3]
          seeds: [1, 2]

        """

    /// Trains a batch as `shards` shard runs of the same experiment into the cache.
    struct ShardsCluster: ClusterBackend {
        var run: ExperimentRun
        var plan: RunPlan
        var shards: Int
        let calls = Locked<[[Int]]>([])

        func train(
            batch: [PlannedTrial], missing: [Int], number: Int, offset: Int, cache: TrialCache,
            cancellation: CancellationFlag, events: @escaping @Sendable (ExecutionEvent) -> Void
        ) -> ClusterFailure? {
            calls.withLock { $0.append(missing) }
            for index in 0..<shards {
                guard let shard = try? Shard(index: index, count: shards) else { return ClusterFailure("bad shard") }
                _ = run.execute(plan, work: .runner, mode: .shard(shard))
            }
            return nil
        }

        var isDryRun: Bool { false }
    }

    static func bundleFiles(_ directory: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: directory)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: directory + "/" + relative, isDirectory: &isDirectory)
            if !isDirectory.boolValue && relative != "provenance.json" {
                out[relative] = try Data(contentsOf: URL(fileURLWithPath: directory + "/" + relative))
            }
        }
        return out
    }

    @Test func aClusterRunEqualsALocalOne() throws {
        let files = try TempFiles()
        let path = try files.write("modes.yaml", Self.grid)
        let local = ExperimentRun(files: [path], outDirectory: files.directory + "/local", jobs: 2, cacheDirectory: files.directory + "/lc")
        guard case .written(_, _, let localDirectory, _) = local.execute(try RunPlan(file: path, outDirectory: files.directory + "/local"), work: .runner)
        else { Issue.record("the local run wrote no bundle"); return }

        let remote = ExperimentRun(files: [path], outDirectory: files.directory + "/remote", jobs: 1, cacheDirectory: files.directory + "/rc")
        let plan = try RunPlan(file: path, outDirectory: files.directory + "/remote")
        let cluster = ShardsCluster(run: remote, plan: plan, shards: 4)
        let finished = Locked(0)
        let attempt = remote.execute(plan, work: .runner, mode: .cluster(cluster)) { event in
            if case .finished = event { finished.withLock { $0 += 1 } }
        }
        guard case .written(_, _, let directory, let execution) = attempt else { Issue.record("\(attempt)"); return }
        #expect(execution.trained == 6 && execution.cached == 0)
        #expect(cluster.calls.withLock { $0 } == [[0, 1, 2, 3, 4, 5]])
        #expect(try Self.bundleFiles(directory) == (try Self.bundleFiles(localDirectory)))

        // Everything cached: the cluster is not asked again.
        guard case .written(_, _, _, let again) = remote.execute(plan, work: .runner, mode: .cluster(cluster)) else {
            Issue.record("the second run wrote no bundle"); return
        }
        #expect(again.trained == 0 && again.cached == 6)
        #expect(cluster.calls.withLock { $0 }.count == 1)
    }

    @Test func pbtRefusesEveryModeButLocal() throws {
        let files = try TempFiles()
        let path = TestPaths.packageRoot + "/experiments/pbt.yaml"
        let plan = try RunPlan(file: path)
        #expect(plan.limitation(of: .local) == nil)
        let run = ExperimentRun(files: [path], cacheDirectory: files.directory + "/c")
        for mode in [ExecutionMode.shard(try Shard(index: 0, count: 2)), .cachedOnly] {
            guard case .unsupported(let reason) = run.execute(plan, work: .runner, mode: mode) else {
                Issue.record("pbt ran in a non-local mode"); continue
            }
            #expect(reason.hasPrefix("sweep method 'pbt' trains its population together"))
        }
    }

    @Test func assemblingNamesTheMissingTrials() throws {
        let files = try TempFiles()
        let path = try files.write("modes.yaml", Self.grid)
        let run = ExperimentRun(files: [path], jobs: 1, cacheDirectory: files.directory + "/c")
        let plan = try RunPlan(file: path, outDirectory: files.directory + "/out")
        guard case .sharded(let report) = run.execute(plan, work: .runner, mode: .shard(try Shard(index: 1, count: 2))) else {
            Issue.record("no shard report"); return
        }
        #expect(report.trained == 3 && report.share == 3 && report.batch == 1 && report.batchSize == 6 && report.failed.isEmpty)
        guard case .missing(let missing) = run.execute(plan, work: .runner, mode: .cachedOnly) else {
            Issue.record("assembling should find trials missing"); return
        }
        #expect(missing.map(\.spec.id) == [0, 2, 4].map { plan.trials[$0].spec.id })
        #expect(!FileManager.default.fileExists(atPath: files.directory + "/out"))
    }
}
