import Foundation
import Testing
@testable import LRRun
import LRTestSupport

/// Cache entries are written through `AtomicDirectory`, so a killed writer's temporary entry
/// is removed when that key is stored again.
@Suite struct TrialCacheStaleEntryTests {
    @Test func storeRemovesTheKeysStaleTemporaryDirectories() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        let dead = try AtomicDirectoryTests.deadPID()
        try AtomicDirectoryTests.makeDirectory(".k.tmp-\(dead)-0", in: cache.directory)
        try AtomicDirectoryTests.makeDirectory(".j.tmp-\(dead)-0", in: cache.directory)
        try cache.store(TrialCacheTests.outcomes[0], key: "k", trialID: "t")
        #expect(try AtomicDirectoryTests.names(in: cache.directory) == [".gitignore", "k", ".j.tmp-\(dead)-0"])
        #expect(cache.lookup(key: "k") == .hit(TrialCacheTests.outcomes[0]))
    }
}
