import Foundation
import Testing

/// `lrlab lr-find` through the built binary.
@Suite struct LRFindCommandTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-lr-find-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.path
    }

    @Test func writesTheBundleAndPrintsTheSuggestions() throws {
        let parent = try Self.scratch()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        // --out names the parent, as for run: the result is <out>/<name>-lr-find.
        let out = parent + "/digits-sequence-lr-find"
        let r = try LRLabBinary.run([
            "lr-find", "valid/digits-sequence.yaml", "--start-lr", "1e-5", "--end-lr", "10", "--num-steps", "40",
            "--out", parent,
        ])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("range test: ") == true)
        #expect(lines.contains { $0.hasPrefix("valley: ") })
        #expect(lines.contains { $0.hasPrefix("steepest: ") })
        #expect(lines.contains { $0.hasPrefix("minimum: ") })
        let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
        #expect(files == ["curve.csv", "lr-find.svg", "lr-find.vl.json", "suggestions.json"])
        // The same command writes the same bytes.
        let first = try Data(contentsOf: URL(fileURLWithPath: out + "/curve.csv"))
        let again = try LRLabBinary.run([
            "lr-find", "valid/digits-sequence.yaml", "--start-lr", "1e-5", "--end-lr", "10", "--num-steps", "40",
            "--out", parent,
        ])
        #expect(again.stdout == r.stdout)
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/curve.csv")) == first)
    }

    @Test func invalidFilePrintsLikeValidateAndExitsTwo() throws {
        let validate = try LRLabBinary.run(["validate", "invalid/lr-wrong-type.yaml"])
        let r = try LRLabBinary.run(["lr-find", "invalid/lr-wrong-type.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == validate.stderr)
        #expect(r.stderr.contains("lr-wrong-type.yaml:"))
    }

    @Test(arguments: [
        (["--num-steps", "1"], "'--num-steps' must be between 2"),
        (["--start-lr", "1", "--end-lr", "0.5"], "'--end-lr' (0.5) must be greater than '--start-lr' (1.0)"),
        (["--start-lr=-1"], "'--start-lr' must be a positive number"),
    ])
    func badSettingsExitTwo(_ flags: [String], _ message: String) throws {
        let r = try LRLabBinary.run(["lr-find", "valid/digits-sequence.yaml"] + flags)
        #expect(r.status == 2)
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }
}
