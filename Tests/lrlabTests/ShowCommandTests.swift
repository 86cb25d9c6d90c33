import Foundation
import Testing

/// `lrlab show` end to end.
@Suite struct ShowCommandTests {
    @Test func summaryOfAWrittenBundle() throws {
        let scratch = try Scratch()
        try scratch.write("diverging.yaml", RunCommandTests.diverging)
        #expect(try LRLabBinary.run(["run", "diverging.yaml", "--quiet"], in: scratch.path).status == 0)
        let r = try LRLabBinary.run(["show", "results/e2e-diverging"], in: scratch.path)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "e2e-diverging: 3 trials (2 ok, 1 diverged), lrlab.bundle/1, lrlab 0.1.0")
        #expect(lines.contains { $0.hasPrefix("   ") && $0.contains(" 1000 ") && $0.contains("1 diverged") })
        #expect(lines.contains { $0.hasPrefix("*  ") && $0.contains("1 ok") })
        #expect(r.stdout.contains("\nbest: "))
    }

    @Test func showOfADamagedBundleNamesTheFile() throws {
        let scratch = try Scratch()
        try scratch.write("diverging.yaml", RunCommandTests.diverging)
        #expect(try LRLabBinary.run(["run", "diverging.yaml", "--quiet"], in: scratch.path).status == 0)
        try scratch.write("results/e2e-diverging/config.yaml", "version: 1\n")
        let r = try LRLabBinary.run(["show", "results/e2e-diverging"], in: scratch.path)
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("error: results/e2e-diverging/config.yaml: size mismatch"))
        let missing = try LRLabBinary.run(["show", "results/nothing"], in: scratch.path)
        #expect(missing.status == 2)
        #expect(missing.stderr == "error: results/nothing: no result bundle here\n")
    }

    @Test func anExperimentFileShowsItsBundle() throws {
        let scratch = try Scratch()
        try scratch.write("diverging.yaml", RunCommandTests.diverging)
        let before = try LRLabBinary.run(["show", "diverging.yaml"], in: scratch.path)
        #expect(before.status == 2)
        #expect(before.stderr == "error: results/e2e-diverging: no result bundle here; 'lrlab run diverging.yaml' writes it\n")
        #expect(try LRLabBinary.run(["run", "diverging.yaml", "--quiet"], in: scratch.path).status == 0)
        let after = try LRLabBinary.run(["show", "diverging.yaml"], in: scratch.path)
        #expect(after.status == 0)
        #expect(after.stdout == (try LRLabBinary.run(["show", "results/e2e-diverging"], in: scratch.path)).stdout)
    }
}
