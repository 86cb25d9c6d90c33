import Foundation
import Testing

/// `lrlab run` end to end: the built binary on small sweeps in scratch directories.
@Suite(.serialized) struct RunCommandTests {
    /// Eight trials: four learning rates × two seeds of a small MLP on moons.
    static let sweep = """
        version: 1
        name: e2e-sweep
        seed: 11
        data: {source: moons, samples: 320, noise: 0.2}
        model: {kind: mlp, hidden: [16, 16]}
        optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
        train: {epochs: 16, batch_size: 8}
        sweep:
          method: grid
          parameters:
            optimizer.lr: [0.003, 0.01, 0.03, 0.1]
          seeds: [1, 2]

        """

    /// Two rates, one far too large, on a linear regression (which must blow up at lr 1000).
    static let diverging = """
        version: 1
        name: e2e-diverging
        seed: 3
        data: {source: linear, samples: 100}
        model: {kind: linear}
        optimizer: {kind: sgd, lr: 0.01}
        train: {epochs: 3, batch_size: 10}
        sweep:
          method: grid
          parameters:
            optimizer.lr: [0.01, 1000, 0.05]

        """

    @Test func runWritesABundleAndShowReadsIt() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let r = try LRLabBinary.run(["run", "e2e.yaml", "--jobs", "2"], in: scratch.path)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.last == "bundle: results/e2e-sweep")
        #expect(lines.first == "e2e-sweep: 8 trials (8 trained, 0 cached): 8 ok")
        #expect(lines.contains { $0.hasPrefix("best: lr=") })
        // Not a terminal: one log line per trial on stderr.
        let logs = r.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(logs.count == 8)
        #expect(logs.allSatisfy { $0.contains(" ok val_loss=") && $0.hasSuffix("s)") })
        for name in ["bundle.json", "provenance.json", "config.yaml", "metrics.json", "report.md"] {
            #expect(FileManager.default.fileExists(atPath: scratch.path + "/results/e2e-sweep/" + name), "\(name)")
        }
        let show = try LRLabBinary.run(["show", "results/e2e-sweep"], in: scratch.path)
        #expect(show.status == 0)
        #expect(show.stdout.hasPrefix("e2e-sweep: 8 trials (8 ok), lrlab.bundle/1"))
        #expect(show.stdout.contains("\nbest: "))
        #expect(show.stdout.split(separator: "\n").filter { $0.contains(" 2 ok ") }.count == 4)
    }

    /// The same experiment, run again from scratch, with 1 job and with 2: every file but
    /// provenance.json is byte-identical.
    @Test func bundlesAreByteIdenticalWhateverTheJobs() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        var snapshots: [[String: Data]] = []
        for (index, jobs) in ["1", "2", "2"].enumerated() {
            let r = try LRLabBinary.run(
                ["run", "e2e.yaml", "--quiet", "--jobs", jobs, "--cache", "cache\(index)", "--out", "out\(index)"], in: scratch.path)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.hasSuffix("bundle: out\(index)/e2e-sweep\n"))
            snapshots.append(try scratch.files(under: "out\(index)/e2e-sweep"))
        }
        let first = snapshots[0]
        #expect(first.count >= 14)  // 8 curves, config, metrics, report, plots, manifest, provenance
        for other in snapshots.dropFirst() {
            #expect(other.keys.sorted() == first.keys.sorted())
            for (path, bytes) in first where path != "provenance.json" {
                #expect(other[path] == bytes, "\(path) differs")
            }
        }
    }

    @Test func divergingTrialsAreResultsNotFailures() throws {
        let scratch = try Scratch()
        try scratch.write("diverging.yaml", Self.diverging)
        let r = try LRLabBinary.run(["run", "diverging.yaml"], in: scratch.path)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("e2e-diverging: 3 trials (3 trained, 0 cached): 2 ok, 1 diverged\n"))
        let metrics = try scratch.json("results/e2e-diverging/metrics.json")
        let trials = try #require(metrics["trials"] as? [[String: Any]])
        let statuses = trials.map { ($0["parameters"] as? [String: Any])?["optimizer.lr"] as? Double ?? 0 }
            .enumerated().map { "\($0.element):\(trials[$0.offset]["status"] as? String ?? "")" }
        #expect(statuses == ["0.01:ok", "1000.0:diverged", "0.05:ok"])
        #expect(r.stderr.contains("diverged"))
    }

    /// kill -9 in the middle of a sweep leaves only complete cache entries and no bundle;
    /// the rerun trains only the trials that were not cached and writes the same bundle as an
    /// uninterrupted run.
    @Test func killedRunResumesFromTheCache() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let reference = try LRLabBinary.run(["run", "e2e.yaml", "--quiet", "--jobs", "1", "--cache", "reference-cache", "--out", "reference"], in: scratch.path)
        #expect(reference.status == 0, "\(reference.stderr)")

        let process = try scratch.launch(["run", "e2e.yaml", "--jobs", "1", "--cache", "cache"])
        var cached = 0
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline && process.isRunning {
            cached = scratch.completeEntries(in: "cache")
            if cached >= 1 { break }
            usleep(5_000)
        }
        #expect(process.isRunning, "the run ended before it could be killed; make the sweep longer")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        let afterKill = scratch.completeEntries(in: "cache")
        #expect(afterKill >= 1 && afterKill < 8, "\(afterKill) entries")
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/results/e2e-sweep"))
        // Every entry directory is complete (temporary ones are hidden and never read).
        for entry in try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/cache") where !entry.hasPrefix(".") {
            #expect(FileManager.default.fileExists(atPath: scratch.path + "/cache/\(entry)/outcome.json"))
            #expect(FileManager.default.fileExists(atPath: scratch.path + "/cache/\(entry)/curve.csv"))
        }

        let rerun = try LRLabBinary.run(["run", "e2e.yaml", "--jobs", "2", "--cache", "cache"], in: scratch.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("e2e-sweep: 8 trials (\(8 - afterKill) trained, \(afterKill) cached): 8 ok\n"))
        let logs = rerun.stderr.split(separator: "\n").filter { $0.hasPrefix("[") }
        #expect(logs.filter { $0.hasSuffix("(cached)") }.count == afterKill)
        let resumed = try scratch.files(under: "results/e2e-sweep")
        let uninterrupted = try scratch.files(under: "reference/e2e-sweep")
        #expect(resumed.keys.sorted() == uninterrupted.keys.sorted())
        for (path, bytes) in uninterrupted where path != "provenance.json" { #expect(resumed[path] == bytes, "\(path) differs") }
    }

    /// Three quick trials of a linear regression, for cache tests: `diverging` with tame rates.
    static let quick = diverging.replacingOccurrences(of: "e2e-diverging", with: "e2e-quick")
        .replacingOccurrences(of: "[0.01, 1000, 0.05]", with: "[0.01, 0.03, 0.05]")

    /// A cache entry whose outcome.json was edited (still valid JSON, a better val_loss) is
    /// not used: the run warns, trains that trial again and writes the same bundle as a run
    /// over the untouched cache; the rewritten entry is a hit afterwards.
    @Test func tamperedCacheEntryIsRetrainedWithAWarning() throws {
        let scratch = try Scratch()
        try scratch.write("quick.yaml", Self.quick)
        let reference = try LRLabBinary.run(["run", "quick.yaml", "--quiet", "--cache", "cache", "--out", "reference"], in: scratch.path)
        #expect(reference.status == 0, "\(reference.stderr)")

        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: scratch.path + "/cache").sorted().first { $0 != ".gitignore" })
        let outcomePath = "cache/\(entry)/outcome.json"
        let original = try scratch.read(outcomePath)
        let range = try #require(original.range(of: #""val_loss": [^,\n]+"#, options: .regularExpression))
        let tampered = original.replacingCharacters(in: range, with: #""val_loss": 1e-09"#)
        #expect(tampered != original)
        try scratch.write(outcomePath, tampered)
        let trial = try #require(try scratch.json(outcomePath)["trial"] as? String)

        let rerun = try LRLabBinary.run(["run", "quick.yaml", "--jobs", "1", "--cache", "cache"], in: scratch.path)
        #expect(rerun.status == 0, "\(rerun.stderr)")
        #expect(rerun.stdout.hasPrefix("e2e-quick: 3 trials (1 trained, 2 cached): 3 ok\n"))
        #expect(rerun.stderr.contains(
            "warning: cache entry of trial \(trial) is unusable (digest does not match the entry (a file was edited, or the entry belongs to another key)); training it again\n"))
        let retrained = try scratch.files(under: "results/e2e-quick")
        let untampered = try scratch.files(under: "reference/e2e-quick")
        #expect(retrained.keys.sorted() == untampered.keys.sorted())
        for (path, bytes) in untampered where path != "provenance.json" { #expect(retrained[path] == bytes, "\(path) differs") }
        #expect(try scratch.read(outcomePath) == original)

        let again = try LRLabBinary.run(["run", "quick.yaml", "--cache", "cache", "--out", "again"], in: scratch.path)
        #expect(again.stdout.hasPrefix("e2e-quick: 3 trials (0 trained, 3 cached): 3 ok\n"))
        #expect(!again.stderr.contains("warning"))
    }

    /// SIGINT: running trials finish and are cached, no bundle, exit 130 with a message.
    @Test func interruptWritesNoBundleAndSaysWhatIsCached() throws {
        let scratch = try Scratch()
        // Long enough trials that the interrupt lands while the second one trains.
        try scratch.write("e2e.yaml", Self.sweep.replacingOccurrences(of: "epochs: 16", with: "epochs: 400"))
        let process = try scratch.launch(["run", "e2e.yaml", "--jobs", "1", "--cache", "cache"])
        let deadline = Date().addingTimeInterval(300)
        while Date() < deadline && process.isRunning && scratch.completeEntries(in: "cache") < 1 { usleep(5_000) }
        #expect(process.isRunning)
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        let stderr = try scratch.read("stderr.txt")
        let cached = scratch.completeEntries(in: "cache")
        #expect(stderr.contains("interrupted: \(cached) \(cached == 1 ? "trial" : "trials") cached in cache; no bundle written"))
        #expect(cached < 8)
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/results/e2e-sweep"))
    }

    @Test func invalidInputExitsTwoAndRunsNothing() throws {
        let scratch = try Scratch()
        try scratch.write("e2e.yaml", Self.sweep)
        let r = try LRLabBinary.run(["run", "e2e.yaml", "--set", "optimizer.lr=fast", "--cache", "cache"], in: scratch.path)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("<command line>:1:14: error: optimizer.lr:"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path + "/cache"))
        let jobs = try LRLabBinary.run(["run", "e2e.yaml", "--jobs", "0"], in: scratch.path)
        #expect(jobs.status == 2)
    }
}

/// A scratch directory for one test, removed afterwards.
final class Scratch {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-e2e-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func write(_ name: String, _ text: String) throws {
        let url = URL(fileURLWithPath: path).appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ name: String) throws -> String {
        try String(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(name), encoding: .utf8)
    }

    func json(_ name: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path).appendingPathComponent(name))
        return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }

    /// Every file under `directory`, by path relative to it.
    func files(under directory: String) throws -> [String: Data] {
        let root = URL(fileURLWithPath: path).appendingPathComponent(directory)
        var out: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { out[relative] = try Data(contentsOf: root.appendingPathComponent(relative)) }
        }
        return out
    }

    /// Cache entries holding an `outcome.json` (hidden temporary directories aside).
    func completeEntries(in cache: String) -> Int {
        let root = path + "/" + cache
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return entries.filter { !$0.hasPrefix(".") && FileManager.default.fileExists(atPath: "\(root)/\($0)/outcome.json") }.count
    }

    /// Starts lrlab here without waiting; its output goes to stdout.txt and stderr.txt.
    func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = LRLabBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: path)
        _ = FileManager.default.createFile(atPath: path + "/stdout.txt", contents: nil)
        _ = FileManager.default.createFile(atPath: path + "/stderr.txt", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/stdout.txt"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: path + "/stderr.txt"))
        try process.run()
        return process
    }
}
