import Foundation
import Testing
@testable import LRConfig
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

/// The plan of a file: its keyed trials and which the cache holds.
@Suite struct RunPlanTests {
    @Test func listsTrialsAndMarksTheCachedOnes() throws {
        // One finished trial, and one interrupted (directory without outcome.json).
        let (f, cache, trials, graph) = try SweepSamples.partlyCachedPlan()
        let plan = try RunPlan(file: f.path)
        #expect(plan.warnings.isEmpty)
        #expect(plan.trials.map(\.spec.id) == trials.map(\.id))
        #expect(plan.trials.map(\.trialKey) == trials.map { graph.trialKey(for: $0) })
        #expect(plan.cached(in: cache) == [false, true, false, false])
    }

    @Test func isCachedMeansRunWouldUseTheEntry() throws {
        let files = try TempFiles()
        #expect(!isCached(trialKey: "abc", cacheDirectory: files.directory))
        try FileManager.default.createDirectory(atPath: "\(files.directory)/abc/outcome.json", withIntermediateDirectories: true)
        #expect(!isCached(trialKey: "abc", cacheDirectory: files.directory))
        try files.write("def/outcome.json", "{}")
        #expect(!isCached(trialKey: "def", cacheDirectory: files.directory))
        try TrialCache(directory: URL(fileURLWithPath: files.directory))
            .store(SampleRuns.outcome(trainLoss: 0.3, valLoss: 0.4), key: "ghi", trialID: "t")
        #expect(isCached(trialKey: "ghi", cacheDirectory: files.directory))
        // A tampered entry is trained again, so it is not cached.
        let outcome = "\(files.directory)/ghi/outcome.json"
        let text = try String(contentsOfFile: outcome, encoding: .utf8)
        try text.replacingOccurrences(of: "0.4", with: "0.001").write(toFile: outcome, atomically: false, encoding: .utf8)
        #expect(!isCached(trialKey: "ghi", cacheDirectory: files.directory))
    }

    @Test func invalidFileHasTheDiagnosticsOfValidate() throws {
        let f = try TempFiles()
        let path = try f.write("bad.yaml", irisExperiment(optimizer: "{kind: sgd, lr: fast}"))
        var diagnostics: [Diagnostic] = []
        do { _ = try RunPlan(file: path) } catch { diagnostics = error.diagnostics }
        #expect(diagnostics == Validated(path).diagnostics)
        #expect(Validated(path).rendered().contains(":6:28: error: optimizer.lr: expected a positive number, got \"fast\""))
    }
}
