import Foundation
import Testing

/// `lrlab check` end to end.
@Suite struct CheckCommandTests {
    static func project() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-e2e-check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/experiments", withIntermediateDirectories: true)
        try Data(DiffCommandTests.experiment.replacingOccurrences(of: "LR", with: "0.2").utf8)
            .write(to: URL(fileURLWithPath: root + "/experiments/tiny.yaml"))
        let run = try LRLabBinary.run(["run", "experiments/tiny.yaml", "--quiet", "--cache", root + "/cache"], in: root)
        #expect(run.status == 0)
        return root
    }

    @Test func freshBundlePasses() throws {
        let root = try Self.project()
        let out = try LRLabBinary.run(["check", "--jobs", "2"], in: root)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "check: tiny ok\n")
    }

    @Test func summaryIsAppendedForAJobPage() throws {
        let root = try Self.project()
        let summary = root + "/summary.md"
        try Data("earlier step\n".utf8).write(to: URL(fileURLWithPath: summary))
        let out = try LRLabBinary.run(["check", "--summary", summary], in: root)
        #expect(out.status == 0, "\(out.stderr)")
        let text = try String(contentsOfFile: summary, encoding: .utf8)
        #expect(text == """
            earlier step
            ## lrlab check

            1 of 1 experiments reproduced their committed bundles.

            | Experiment | Result |
            | --- | --- |
            | `tiny` | reproduced |


            """)
        let unwritable = try LRLabBinary.run(["check", "--summary", root + "/missing/dir/summary.md"], in: root)
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("cannot write the summary to \(root)/missing/dir/summary.md"))
    }

    @Test func editedCurveIsADamagedBundle() throws {
        let root = try Self.project()
        let trials = try FileManager.default.contentsOfDirectory(atPath: root + "/results/tiny/trials").sorted()
        let path = root + "/results/tiny/trials/\(try #require(trials.first))/curve.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try Data((text + "").replacingOccurrences(of: "\n1,", with: "\n7,").utf8).write(to: URL(fileURLWithPath: path))
        let out = try LRLabBinary.run(["check", "experiments/tiny.yaml"], in: root)
        #expect(out.status == 2)
        #expect(out.stderr.contains("results/tiny/trials/\(trials[0])/curve.csv: sha256 mismatch"), "\(out.stderr)")
    }
}
