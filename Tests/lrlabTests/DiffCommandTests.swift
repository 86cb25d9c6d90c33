import Foundation
import LRTestSupport
import Testing

/// `lrlab diff` end to end, in a scratch git repository.
@Suite struct DiffCommandTests {
    static let experiment = """
        version: 1
        name: tiny
        seed: 3
        data: {source: moons, samples: 60}
        model: {kind: mlp, hidden: [3]}
        optimizer: {kind: sgd, lr: LR}
        train: {epochs: 2, batch_size: 20}
        sweep: {method: grid, parameters: {optimizer.momentum: [0.5]}, seeds: [1, 2]}

        """

    /// A repository whose HEAD holds the bundle at lr 0.1 and whose working tree holds it at lr 0.3.
    static func repository() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-e2e-diff-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/experiments", withIntermediateDirectories: true)
        try git(["init", "-q"], root)
        try git(["config", "user.name", "Test"], root)
        try git(["config", "user.email", "test@example.com"], root)
        try git(["config", "commit.gpgsign", "false"], root)
        for (lr, commit) in [("0.1", true), ("0.3", false)] {
            try Data(experiment.replacingOccurrences(of: "LR", with: lr).utf8)
                .write(to: URL(fileURLWithPath: root + "/experiments/tiny.yaml"))
            let run = try LRLabBinary.run(["run", "experiments/tiny.yaml", "--quiet", "--jobs", "2", "--cache", root + "-cache"], in: root)
            guard run.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            if commit {
                try git(["add", "-A"], root)
                try git(["commit", "-q", "-m", "first"], root)
            }
        }
        return root
    }

    static func git(_ arguments: [String], _ directory: String) throws {
        try ChildProcess.git(arguments, in: directory)
    }

    @Test func headAgainstWorkingTree() throws {
        let root = try Self.repository()
        let text = try LRLabBinary.run(["diff"], in: root)
        #expect(text.status == 1)
        // The verdict on the best objective comes first, then where the sides came from.
        let lines = text.stdout.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("results/tiny: ") == true && lines.first?.contains(": best val_loss ") == true)
        #expect(lines.dropFirst().first == "  (HEAD:results/tiny → results/tiny)")
        #expect(text.stdout.contains("  config:\n    optimizer.lr: 0.1 → 0.3\n"))
        #expect(text.stdout.contains("paired t-test by seed p = "))

        let markdown = try LRLabBinary.run(["diff", "HEAD", "--format", "markdown", "--precision", "3"], in: root)
        #expect(markdown.status == 1)
        #expect(markdown.stdout.hasPrefix("## lrlab diff\n"))
        #expect(markdown.stdout.contains("| `optimizer.lr` | `0.1` | `0.3` |"))

        let json = try LRLabBinary.run(["diff", "HEAD:results/tiny", "results/tiny", "--format", "json"], in: root)
        #expect(json.status == 1)
        #expect(json.stdout.hasPrefix("{\n  \"format\": \"lrlab.diff/2\",\n"))

        let same = try LRLabBinary.run(["diff", "HEAD", "HEAD"], in: root)
        #expect(same.status == 0)
        #expect(same.stdout == "1 bundle unchanged\n")

        let loose = try LRLabBinary.run(["diff", "--atol", "1e9"], in: root)
        // The configuration changed, whatever the tolerance.
        #expect(loose.status == 1)

        let plots = try LRLabBinary.run(["diff", "--plots", root + "/diff.html"], in: root)
        #expect(plots.status == 1)
        #expect(FileManager.default.fileExists(atPath: root + "/diff.html"))

        let smoothed = try LRLabBinary.run(["diff", "--plots", root + "/smoothed.html", "--smooth", "0.6"], in: root)
        #expect(smoothed.status == 1)
        #expect(try String(contentsOfFile: root + "/smoothed.html", encoding: .utf8).contains("(smoothed 0.6)"))
    }

    @Test(arguments: [
        (["diff", "no-such-rev"], "error: unknown revision \"no-such-rev\""),
        (["diff", "--precision", "0"], "--precision must be between 1 and 17"),
        (["diff", "--format", "yaml"], "yaml"),
        (["diff", "a", "b", "c"], "at most two"),
        (["diff", "--plots", "out.html", "--smooth", "1"], "--smooth must be at least 0 and below 1, got 1.0"),
        (["diff", "--smooth", "0.6"], "--smooth applies to the --plots page"),
    ])
    func usageAndRevisionErrors(arguments: [String], message: String) throws {
        let root = try Self.repository()
        let out = try LRLabBinary.run(arguments, in: root)
        #expect(out.status == 2)
        #expect(out.stderr.contains(message), "\(out.stderr)")
    }

    @Test func outsideARepository() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-e2e-nogit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let out = try LRLabBinary.run(["diff"], in: dir)
        #expect(out.status == 2)
        #expect(out.stderr.contains(": not a git repository"))
    }
}
