import Foundation
import Testing
@testable import LRTrial
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct TrialCacheTests {
    static func cache(_ files: TempFiles) -> TrialCache {
        TrialCache(directory: URL(fileURLWithPath: files.directory).appendingPathComponent(".lrlab/cache"))
    }

    static let outcomes: [TrialOutcome] = [
        SampleRuns.outcome(trainLoss: 0.1 + 0.2, valLoss: 1.0 / 3.0),
        SampleRuns.outcome(trainLoss: Double.leastNonzeroMagnitude, valLoss: 1.7976931348623157e308, status: .stopped),
        SampleRuns.outcome(trainLoss: .infinity, valLoss: -.infinity, status: .diverged),
        TrialOutcome(status: .ok, message: "quoted \"text\"\nand a line", final: [], best: [], curve: CurveTable(columns: []),
                     epochs: 0, steps: 0),
    ]

    @Test(arguments: outcomes.indices)
    func roundTripIsExact(_ index: Int) throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        let outcome = Self.outcomes[index]
        try cache.store(outcome, key: "k\(index)", trialID: "t")
        #expect(cache.lookup(key: "k\(index)") == .hit(outcome))
        // Entries are complete directories with nothing left beside them.
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted()
        #expect(entries == [".gitignore", "k\(index)"])
        let inside = try FileManager.default.contentsOfDirectory(atPath: cache.directory.appendingPathComponent("k\(index)").path)
        #expect(inside.sorted() == ["curve.csv", "digest", "outcome.json"])
    }

    @Test func gitIgnoresTheCache() throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        try cache.store(Self.outcomes[0], key: "k", trialID: "t")
        try ChildProcess.git(["init", "-q"], in: files.directory)
        try Data("x\n".utf8).write(to: URL(fileURLWithPath: files.directory + "/tracked.txt"))
        try ChildProcess.git(["add", "-A"], in: files.directory)
        #expect(try ChildProcess.git(["diff", "--cached", "--name-only"], in: files.directory) == "tracked.txt")
    }

    @Test func nanRoundTripsAsNaN() throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        try cache.store(SampleRuns.outcome(trainLoss: .nan, valLoss: 0.5, status: .diverged), key: "n", trialID: "t")
        let back = try #require(cache.outcome(key: "n"))
        #expect(back.final[0].value.isNaN)
        #expect(back.curve.rows[0][3]?.isNaN == true)
    }

    @Test func failedOutcomesAreNotStored() throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        try cache.store(SampleRuns.outcome(trainLoss: 1, valLoss: 1, status: .failed), key: "f", trialID: "t")
        #expect(cache.lookup(key: "f") == .miss)
    }

    @Test func unsafeKeysAreNeverLookedUpOrStored() throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        try cache.store(Self.outcomes[0], key: "../escape", trialID: "t")
        #expect(cache.lookup(key: "../escape") == .miss)
        #expect(!FileManager.default.fileExists(atPath: files.directory + "/.lrlab/escape"))
    }

    /// Each kind of damage makes the entry corrupt (a miss to retrain), never a crash.
    static let damages: [(String, @Sendable (URL) throws -> Void)] = [
        ("no outcome", { try FileManager.default.removeItem(at: $0.appendingPathComponent("outcome.json")) }),
        ("no curve", { try FileManager.default.removeItem(at: $0.appendingPathComponent("curve.csv")) }),
        ("no digest", { try FileManager.default.removeItem(at: $0.appendingPathComponent("digest")) }),
        ("edited digest", { try Data(String(repeating: "0", count: 64).utf8 + [10]).write(to: $0.appendingPathComponent("digest")) }),
        ("truncated outcome", { try Data("{\"format\": \"lrlab.cache/2\",".utf8).write(to: $0.appendingPathComponent("outcome.json")) }),
        ("edited curve", { try Data("step\n1\n".utf8).write(to: $0.appendingPathComponent("curve.csv")) }),
        ("binary outcome", { try Data([0xFF, 0x00, 0x7B]).write(to: $0.appendingPathComponent("outcome.json")) }),
        ("other key", {
            let url = $0.appendingPathComponent("outcome.json")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"trial_key\": \"k\"", with: "\"trial_key\": \"j\"")
            try Data(text.utf8).write(to: url)
        }),
        ("bad status", {
            let url = $0.appendingPathComponent("outcome.json")
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"ok\"", with: "\"great\"")
            try Data(text.utf8).write(to: url)
        }),
    ]

    @Test(arguments: damages.indices)
    func corruptEntryIsACorruptLookupAndIsReplaced(_ index: Int) throws {
        let files = try TempFiles()
        let cache = Self.cache(files)
        try cache.store(Self.outcomes[0], key: "k", trialID: "t")
        try Self.damages[index].1(cache.directory.appendingPathComponent("k"))
        guard case .corrupt = cache.lookup(key: "k") else {
            Issue.record("\(Self.damages[index].0): \(cache.lookup(key: "k"))")
            return
        }
        try cache.store(Self.outcomes[0], key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(Self.outcomes[0]))
    }
}
