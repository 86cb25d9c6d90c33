import Foundation
import Testing
@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// The entry digest: content edited in place or moved under another key is never a hit.
@Suite struct TrialCacheDigestTests {
    static let outcome = TrialCacheTests.outcomes[0]

    /// `outcome.json` with its final val_loss changed, still valid JSON.
    static func tamperFinalValue(in entry: URL) throws {
        let url = entry.appendingPathComponent("outcome.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        let tampered = text.replacingOccurrences(of: "0.3333333333333333", with: "0.25")
        #expect(tampered != text)
        _ = try JSONValue.parse(Array(tampered.utf8))
        try Data(tampered.utf8).write(to: url)
    }

    @Test func intactEntryIsAHit() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(Self.outcome))
        let entry = cache.directory.appendingPathComponent("k")
        let digest = try Data(contentsOf: entry.appendingPathComponent("digest"))
        let outcomeBytes = try Data(contentsOf: entry.appendingPathComponent("outcome.json"))
        let curveBytes = try Data(contentsOf: entry.appendingPathComponent("curve.csv"))
        #expect(Array(digest) == TrialCache.digest(key: "k", outcome: Array(outcomeBytes), curve: Array(curveBytes)))
        #expect(digest.count == 65 && digest.last == 10)
    }

    @Test func tamperedOutcomeIsCorruptWithAReason() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        try Self.tamperFinalValue(in: cache.directory.appendingPathComponent("k"))
        guard case .corrupt(let reason) = cache.lookup(key: "k") else {
            Issue.record("tampered entry: \(cache.lookup(key: "k"))")
            return
        }
        #expect(reason.hasPrefix("digest does not match the entry"))
        #expect(cache.outcome(key: "k") == nil)
    }

    @Test func entryMovedToAnotherKeyIsNotAHit() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        try FileManager.default.moveItem(
            at: cache.directory.appendingPathComponent("k"), to: cache.directory.appendingPathComponent("j"))
        guard case .corrupt(let reason) = cache.lookup(key: "j") else {
            Issue.record("moved entry: \(cache.lookup(key: "j"))")
            return
        }
        #expect(reason.hasPrefix("digest does not match the entry"))
        #expect(cache.lookup(key: "k") == .miss)
    }

    /// Copying a whole entry, digest included, over another key's is caught too.
    @Test func entryCopiedOverAnotherKeyIsNotAHit() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        try cache.store(TrialCacheTests.outcomes[1], key: "j", trialID: "u")
        for name in ["outcome.json", "curve.csv", "digest"] {
            let target = cache.directory.appendingPathComponent("j/\(name)")
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: cache.directory.appendingPathComponent("k/\(name)"), to: target)
        }
        guard case .corrupt = cache.lookup(key: "j") else {
            Issue.record("copied entry: \(cache.lookup(key: "j"))")
            return
        }
        #expect(cache.lookup(key: "k") == .hit(Self.outcome))
    }

    /// An entry of the previous format (no digest) is outdated, not damaged: a quiet miss.
    @Test func entryOfAnEarlierFormatIsAPlainMiss() throws {
        let files = try TempFiles()
        let cache = TrialCacheTests.cache(files)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        let entry = cache.directory.appendingPathComponent("k")
        try FileManager.default.removeItem(at: entry.appendingPathComponent("digest"))
        let url = entry.appendingPathComponent("outcome.json")
        let text = try String(contentsOf: url, encoding: .utf8)
        try Data(text.replacingOccurrences(of: TrialCache.format, with: "lrlab.cache/1").utf8).write(to: url)
        #expect(cache.lookup(key: "k") == .miss)
        try cache.store(Self.outcome, key: "k", trialID: "t")
        #expect(cache.lookup(key: "k") == .hit(Self.outcome))
    }
}
