import Foundation
import Testing
@testable import LRRun
@testable import lrlab
import LRTestSupport
import LRExperimentsTestSupport

/// What `lrlab plan` prints: the trials, their cache state and keys.
@Suite struct PlanOutputTests {
    @Test func listsTrialsAndMarksTheCachedOnes() throws {
        // One finished trial, and one interrupted (directory without outcome.json).
        let (f, cache, trials, _) = try SweepSamples.partlyCachedPlan()
        let output = try Plan.parse([f.path]).output(cacheDirectory: cache)
        #expect(output.exitCode == 0)
        #expect(output.stderr == "")
        let ids = trials.map(\.id)
        #expect(output.stdout == """
            id            seed  cached  optimizer.lr
            \(ids[0])  1     no      0.1
            \(ids[1])  2     yes     0.1
            \(ids[2])  1     no      0.01
            \(ids[3])  2     no      0.01

            4 trials, 1 cached, 3 to run

            """)
    }

    @Test func invalidFileExitsTwoWithValidateStyleDiagnostics() throws {
        let f = try TempFiles()
        let path = try f.write("bad.yaml", irisExperiment(optimizer: "{kind: sgd, lr: fast}"))
        let output = try Plan.parse([path]).output()
        #expect(output.exitCode == 2)
        #expect(output.stdout == "")
        #expect(output.stderr == (try Validate.parse([path]).output().stderr))
        #expect(output.stderr.contains(":6:28: error: optimizer.lr: expected a positive number, got \"fast\""))
    }

    @Test func singleTrialSummaryIsSingular() throws {
        let f = try SweepFixture(irisExperiment())
        let output = try Plan.parse([f.path]).output(cacheDirectory: "\(f.files.directory)/none")
        #expect(output.stdout.hasSuffix("\n1 trial, 0 cached, 1 to run\n"))
        #expect(output.stdout.hasPrefix("id            seed  cached\n"))
        let keyed = try Plan.parse([f.path, "--keys"]).output(cacheDirectory: "\(f.files.directory)/none")
        let graph = PipelineGraph(trials: try f.trials(), experiment: f.experiment)
        #expect(keyed.stdout.hasPrefix("id            seed  cached  key\n\(try f.trials()[0].id)  7     no      \(graph.trialKey(for: try f.trials()[0]))\n"))
    }
}
