import Dispatch
import Foundation
import Testing
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

/// Several writers (shards) storing into one cache at once: no entry is ever half written or
/// corrupt, the first intact entry is kept, and nothing is left beside the entries.
@Suite struct TrialCacheSharedWriteTests {
    @Test func racingWritersOfTheSameEntriesNeverCorruptOne() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let keys = (0..<6).map { "k\($0)" }
        let outcome = TrialCacheTests.outcomes[0]
        let seen = Locked<[TrialCache.Lookup]>([])
        let failures = Locked<[String]>([])
        // 8 writers store every key while 2 readers look them up throughout.
        DispatchQueue.concurrentPerform(iterations: 10) { worker in
            for round in 0..<20 {
                for key in keys {
                    if worker < 8 {
                        do { try cache.store(outcome, key: key, trialID: "t") } catch {
                            failures.withLock { $0.append("\(error)") }
                        }
                    } else if round % 2 == 0 {
                        let lookup = cache.lookup(key: key)
                        if lookup != .miss { seen.withLock { $0.append(lookup) } }
                    }
                }
            }
        }
        #expect(failures.withLock { $0 } == [])
        #expect(seen.withLock { $0 }.allSatisfy { $0 == .hit(outcome) })
        for key in keys { #expect(cache.lookup(key: key) == .hit(outcome)) }
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted()
        #expect(names == [".gitignore"] + keys)
    }

    @Test func anIntactEntryIsKeptAndADamagedOneReplaced() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(TrialCacheTests.outcomes[0], key: "k", trialID: "t")
        // Another worker's entry for the key is already there: it stays.
        try cache.store(TrialCacheTests.outcomes[1], key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(TrialCacheTests.outcomes[0]))
        let digest = cache.directory.appendingPathComponent("k/digest")
        try Data("0\n".utf8).write(to: digest)
        guard case .corrupt = cache.lookup(key: "k") else {
            Issue.record("the edited entry should read as corrupt")
            return
        }
        try cache.store(TrialCacheTests.outcomes[1], key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(TrialCacheTests.outcomes[1]))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted() == [".gitignore", "k"])
    }

    @Test func onlyThisHostsDeadWritersStagingIsRemoved() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let dead = try AtomicDirectoryTests.deadPID()
        let host = TrialCache.hostTag
        let mine = ".k.stage-\(host)-\(dead)-0"
        let alive = ".k.stage-\(host)-\(ProcessInfo.processInfo.processIdentifier)-7"
        // A process id of another machine says nothing about whether that writer lives.
        let elsewhere = ".k.stage-\(host)x-\(dead)-0"
        for name in [mine, alive, elsewhere] { try AtomicDirectoryTests.makeDirectory(name, in: cache.directory) }
        try cache.store(TrialCacheTests.outcomes[0], key: "k", trialID: "t")
        let names = try FileManager.default.contentsOfDirectory(atPath: cache.directory.path).sorted()
        #expect(names == [alive, elsewhere, ".gitignore", "k"].sorted())
    }

    @Test func stagingNamesAreReadExactly() {
        #expect(TrialCache.stagingWriter(".k.stage-h.x-12-0", key: "k", host: "h.x") == 12)
        #expect(TrialCache.stagingWriter(".k.old-h-12-3", key: "k", host: "h") == 12)
        #expect(TrialCache.stagingWriter(".k.stage-h-12", key: "k", host: "h") == nil)
        #expect(TrialCache.stagingWriter(".k.stage-h-0-1", key: "k", host: "h") == nil)
        #expect(TrialCache.stagingWriter(".k.stage-h-x-1", key: "k", host: "h") == nil)
        #expect(TrialCache.stagingWriter(".kk.stage-h-12-0", key: "k", host: "h") == nil)
        #expect(TrialCache.stagingWriter(".k.stage-h-99999999999-0", key: "k", host: "h") == nil)
        #expect(!TrialCache.hostTag.isEmpty && !TrialCache.hostTag.contains("-"))
    }
}
