import Foundation
import Testing
import LRTestSupport

/// `lrlab run --shard I/N` as separate processes on one cache, then `--require-cached`.
@Suite(.serialized) struct ShardCommandTests {
    /// The eight-trial sweep of `RunCommandTests`.
    static let sweep = RunCommandTests.sweep

    /// Sixteen trials of a small halving sweep: 8 rates × 2 seeds, then the best third, …
    static let halving = """
        version: 1
        name: e2e-halving
        seed: 5
        data: {source: moons, samples: 200}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
        train: {epochs: 9, batch_size: 16}
        sweep:
          method: halving
          parameters:
            optimizer.lr: [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0]
          seeds: [1, 2]

        """

    /// Runs `arguments` to their end, started at once as separate processes.
    static func together(_ scratch: Scratch, _ runs: [[String]]) throws -> [(status: Int32, stdout: String)] {
        var processes: [(Process, Pipe)] = []
        for arguments in runs {
            let process = Process()
            process.executableURL = LRLabBinary.url
            process.arguments = arguments
            process.currentDirectoryURL = URL(fileURLWithPath: scratch.path)
            let out = Pipe()
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            processes.append((process, out))
        }
        return processes.map { process, out in
            let data = out.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: data, as: UTF8.self))
        }
    }

    /// `trained N of` in a shard's summary line.
    static func trained(_ stdout: String) -> Int? {
        guard let range = stdout.range(of: " trained ") else { return nil }
        return Int(stdout[range.upperBound...].prefix { $0.isNumber })
    }

    static func expectSameBundle(_ scratch: Scratch, _ a: String, _ b: String) throws {
        let left = try scratch.files(under: a), right = try scratch.files(under: b)
        #expect(left.keys.sorted() == right.keys.sorted())
        #expect(left.count > 10)
        for (path, bytes) in left where path != "provenance.json" {
            #expect(right[path] == bytes, "\(path) differs")
        }
    }

    @Test func threeShardsThenAssemblingEqualTheLocalBundle() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let local = try LRLabBinary.run(["run", "e2e.yaml", "--quiet", "--jobs", "2", "--cache", "local", "--out", "local"], in: scratch.path)
        #expect(local.status == 0, "\(local.stderr)")

        let shards = try Self.together(scratch, (0..<3).map { ["run", "e2e.yaml", "--shard", "\($0)/3", "--jobs", "1", "--cache", "shared"] })
        #expect(shards.allSatisfy { $0.status == 0 })
        #expect(shards.compactMap { Self.trained($0.stdout) } == [3, 3, 2])
        #expect(shards[0].stdout == "e2e-sweep: shard 0/3 trained 3 of its 3 trials in batch 1 of 8 trials; cache shared\n")
        // No shard writes a bundle.
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/results"))
        #expect(scratch.completeEntries(in: "shared") == 8)

        let assembled = try LRLabBinary.run(["run", "e2e.yaml", "--require-cached", "--cache", "shared", "--out", "assembled"], in: scratch.path)
        #expect(assembled.status == 0, "\(assembled.stderr)")
        #expect(assembled.stdout.hasPrefix("e2e-sweep: 8 trials (0 trained, 8 cached): 8 ok\n"))
        try Self.expectSameBundle(scratch, "local/e2e-sweep", "assembled/e2e-sweep")

        // A shard with nothing left to do says so.
        let again = try LRLabBinary.run(["run", "e2e.yaml", "--shard", "1/3", "--cache", "shared"], in: scratch.path)
        #expect(again.status == 0)
        #expect(again.stdout.contains("nothing to do, every trial is in the cache shared"))
    }

    @Test func assemblingListsTheMissingTrialsAndWritesNothing() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let shard = try LRLabBinary.run(["run", "e2e.yaml", "--shard", "0/2", "--quiet", "--cache", "c"], in: scratch.path)
        #expect(shard.status == 0, "\(shard.stderr)")
        let plan = try LRLabBinary.run(["plan", "e2e.yaml", "--format", "json", "--shards", "2", "--cache", "c"], in: scratch.path)
        let r = try LRLabBinary.run(["run", "e2e.yaml", "--require-cached", "--cache", "c"], in: scratch.path)
        #expect(r.status == 1)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("error: e2e-sweep: 4 of 8 trials are not in the cache c; no bundle written. Missing (trial id, cache key):\n"))
        #expect(r.stderr.split(separator: "\n").filter { $0.hasPrefix("  ") }.count == 4)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/results"))
        // The plan agrees: the missing ones are shard 1's.
        let trials = try #require((try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])?["trials"] as? [[String: Any]])
        #expect(trials.map { $0["shard"] as? Int } == [0, 1, 0, 1, 0, 1, 0, 1])
        #expect(trials.map { $0["cached"] as? Bool } == [true, false, true, false, true, false, true, false])
        for trial in trials where trial["cached"] as? Bool == false {
            #expect(r.stderr.contains("  \(trial["id"] as? String ?? "?")  "))
        }
    }

    @Test func twoShardsRacingOnTheSameTrialsLeaveIntactEntries() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        // Both processes are shard 0 of 1: every trial is trained twice at once into one cache.
        let racing = try Self.together(scratch, Array(repeating: ["run", "e2e.yaml", "--shard", "0/1", "--jobs", "2", "--cache", "c"], count: 2))
        #expect(racing.allSatisfy { $0.status == 0 })
        let entries = try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/c")
        #expect(entries.filter { $0.hasPrefix(".") }.sorted() == [".gitignore"])
        #expect(scratch.completeEntries(in: "c") == 8)
        let assembled = try LRLabBinary.run(["run", "e2e.yaml", "--require-cached", "--quiet", "--cache", "c", "--out", "a"], in: scratch.path)
        #expect(assembled.status == 0, "\(assembled.stderr)")
        #expect(!assembled.stderr.contains("corrupt"))
        let local = try LRLabBinary.run(["run", "e2e.yaml", "--quiet", "--cache", "l", "--out", "l"], in: scratch.path)
        #expect(local.status == 0)
        try Self.expectSameBundle(scratch, "l/e2e-sweep", "a/e2e-sweep")
    }

    @Test func halvingShardsRunRungByRung() throws {
        let scratch = try Scratch()
        try scratch.write("h.yaml", Self.halving)
        let local = try LRLabBinary.run(["run", "h.yaml", "--quiet", "--jobs", "2", "--cache", "l", "--out", "l"], in: scratch.path)
        #expect(local.status == 0, "\(local.stderr)")
        var batches: [String] = []
        for _ in 0..<4 {
            let shards = try Self.together(scratch, (0..<2).map { ["run", "h.yaml", "--shard", "\($0)/2", "--cache", "c"] })
            #expect(shards.allSatisfy { $0.status == 0 })
            batches.append(shards[0].stdout)
        }
        #expect(batches[0].contains(" in batch 1 of 16 trials"))
        #expect(batches[1].contains(" in batch 2 of "))
        #expect(batches.last?.contains("nothing to do") == true)
        let assembled = try LRLabBinary.run(["run", "h.yaml", "--require-cached", "--quiet", "--cache", "c", "--out", "a"], in: scratch.path)
        #expect(assembled.status == 0, "\(assembled.stderr)")
        try Self.expectSameBundle(scratch, "l/e2e-halving", "a/e2e-halving")
    }

    @Test(arguments: [
        (["--shard=5/3"], "Error: --shard: the shard index must be between 0 and 2 for 3 shards, got 5"),
        (["--shard", "0/0"], "Error: --shard: the shard count must be between 1 and 100000, got 0"),
        (["--shard=-1/3"], "Error: --shard: shard index must be a non-negative whole number, got '-1' in '-1/3'"),
        (["--shard", "half"], "Error: --shard: expected I/N (e.g. 0/4), 'auto' or 'auto/N', got 'half'"),
        (["--shard", "auto"], "Error: --shard: --shard auto needs SLURM_ARRAY_TASK_ID in the environment (not set)"),
        (["--shard", "0/2", "--require-cached"], "Error: --shard and --require-cached cannot be combined"),
    ])
    func badShardsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let r = try ChildProcess.run(
            URL(fileURLWithPath: "/usr/bin/env"),
            ["-u", "SLURM_ARRAY_TASK_ID", "-u", "JOB_COMPLETION_INDEX", LRLabBinary.url.path, "run", "e2e.yaml"] + extra,
            in: scratch.path)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix(message + "\n"), "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/.lrlab"))
    }

    @Test func autoReadsTheSlurmTaskFromTheEnvironment() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let env = URL(fileURLWithPath: "/usr/bin/env")
        let ok = try ChildProcess.run(
            env, ["SLURM_ARRAY_TASK_ID=1", "SLURM_ARRAY_TASK_COUNT=4", LRLabBinary.url.path, "run", "e2e.yaml", "--shard", "auto", "--quiet"],
            in: scratch.path)
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(ok.stdout.hasPrefix("e2e-sweep: shard 1/4 trained 2 of its 2 trials"))
        let bad = try ChildProcess.run(
            env, ["SLURM_ARRAY_TASK_ID=one", "SLURM_ARRAY_TASK_COUNT=4", LRLabBinary.url.path, "run", "e2e.yaml", "--shard", "auto"],
            in: scratch.path)
        #expect(bad.status == 2)
        #expect(bad.stderr.hasPrefix("Error: --shard: SLURM_ARRAY_TASK_ID must be a non-negative whole number, got 'one'\n"))
        let indexed = try ChildProcess.run(
            env, ["JOB_COMPLETION_INDEX=2", LRLabBinary.url.path, "run", "e2e.yaml", "--shard", "auto/3", "--quiet", "--cache", "other"], in: scratch.path)
        #expect(indexed.status == 0, "\(indexed.stderr)")
        #expect(indexed.stdout.hasPrefix("e2e-sweep: shard 2/3 trained 2 of its 2 trials"))
    }
}

/// `lrlab run --executor slurm --dry-run` and the executor options, without a cluster.
@Suite struct SlurmDryRunTests {
    @Test func dryRunPrintsTheFirstBatchsScriptAndSubmitsNothing() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", RunCommandTests.sweep + "executor: {partition: debug, time: '10:00', array_size: 3, sbatch: ['--qos=short']}\n")
        let r = try LRLabBinary.run(
            ["run", "e2e.yaml", "--executor", "slurm", "--dry-run", "--set", "optimizer.momentum=0.5"], in: scratch.path)
        #expect(r.status == 0, "\(r.stderr)")
        // Paths are this machine's: name them for the snapshot.
        let root = URL(fileURLWithPath: scratch.path).resolvingSymlinksInPath().path
        let text = r.stdout.replacingOccurrences(of: LRLabBinary.url.resolvingSymlinksInPath().path, with: "<lrlab>")
            .replacingOccurrences(of: root, with: "<dir>").replacingOccurrences(of: scratch.path, with: "<dir>")
        Snapshot.check(text, named: "Slurm/dry-run-cli.txt")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/.lrlab/cache/slurm"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/results"))
    }

    @Test func halvingDryRunSaysLaterRungsFollow() throws {
        let scratch = try Scratch()
        try scratch.write("h.yaml", ShardCommandTests.halving)
        let r = try LRLabBinary.run(["run", "h.yaml", "--executor", "slurm", "--dry-run"], in: scratch.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("--array=0-7 "))
        #expect(r.stdout.hasSuffix("# note: sweep method 'halving' promotes from each finished rung: one job array per rung; "
            + "later batches depend on this one's results\n"))
    }

    @Test(arguments: [
        (["--dry-run"], "Error: --dry-run applies to --executor slurm"),
        (["--executor", "slurm", "--shard", "0/2"], "Error: --executor slurm cannot be combined with --shard or --require-cached"),
        (["--executor", "slurm", "--retries", "21"], "Error: --retries must be between 0 and 20, got 21"),
        (["--executor", "pbs"], "Error: The value 'pbs' is invalid for '--executor <kind>'"),
    ])
    func badExecutorOptionsAreUsageErrors(_ extra: [String], _ message: String) throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", RunCommandTests.sweep)
        let r = try LRLabBinary.run(["run", "e2e.yaml"] + extra, in: scratch.path)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.hasPrefix(message), "\(r.stderr)")
    }

    @Test func badExecutorSettingsAreLocated() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", RunCommandTests.sweep + "executor:\n  kind: slurm\n  mem: lots\n")
        let r = try LRLabBinary.run(["run", "e2e.yaml", "--dry-run"], in: scratch.path)
        #expect(r.status == 2)
        // `mem:` is the third line after the sweep's.
        let line = RunCommandTests.sweep.split(separator: "\n", omittingEmptySubsequences: false).count - 1 + 3
        #expect(r.stderr.hasPrefix("e2e.yaml:\(line):8: error: executor.mem: expected a memory size"), "\(r.stderr)")
        let set = try LRLabBinary.run(["run", "e2e.yaml", "--set", "executor.array_size=-4"], in: scratch.path)
        #expect(set.status == 2)
        #expect(set.stderr.contains("executor.array_size: expected a positive integer <= 1000, got -4"), "\(set.stderr)")
    }
}
