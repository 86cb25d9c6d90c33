import Foundation
import LRTestSupport
import Testing

/// `lrlab diff` answers "better or worse?" first: two commits of the optimizers-compared
/// example, the second with one optimizer's rate changed.
@Suite struct DiffVerdictTests {
    /// A repository with the example as committed, then with momentum SGD (the best) at a
    /// tenth of its rate.
    static func repository() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-diff-verdict-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/experiments", withIntermediateDirectories: true)
        for arguments in [["init", "-q"], ["config", "user.name", "Test"], ["config", "user.email", "test@example.com"],
                          ["config", "commit.gpgsign", "false"]] {
            try ChildProcess.git(arguments, in: root)
        }
        let original = try String(contentsOfFile: TestPaths.packageRoot + "/experiments/optimizers-compared.yaml", encoding: .utf8)
        let slower = original.replacingOccurrences(
            of: "{name: sgd-momentum, optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}}",
            with: "{name: sgd-momentum, optimizer: {kind: sgd, lr: 0.001, momentum: 0.9}}")
        #expect(slower != original)
        for (index, text) in [original, slower].enumerated() {
            try Data(text.utf8).write(to: URL(fileURLWithPath: root + "/experiments/optimizers-compared.yaml"))
            let run = try LRLabBinary.run(
                ["run", "experiments/optimizers-compared.yaml", "--quiet", "--cache", root + "/.cache"], in: root)
            guard run.status == 0 else { throw CocoaError(.fileWriteUnknown) }
            try ChildProcess.git(["add", "experiments", "results"], in: root)
            try ChildProcess.git(["commit", "-q", "-m", "version \(index + 1)"], in: root)
        }
        return root
    }

    @Test func theFirstLineIsTheVerdict() throws {
        let root = try Self.repository()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let text = try LRLabBinary.run(["diff", "HEAD~1", "HEAD", "--precision", "4"], in: root)
        #expect(text.status == 1)
        let lines = text.stdout.components(separatedBy: "\n")
        // The best moves from momentum SGD at 0.01 to RMSprop, and is worse beyond seed noise.
        #expect(lines.first?.hasPrefix("results/optimizers-compared: regressed: best val_loss 0.08505 (sgd-momentum, n=5) → ") == true)
        #expect(lines.first?.contains("(rmsprop, n=5)") == true)
        // The changed case is paired with itself by its name, and its rate change is shown.
        #expect(text.stdout.contains("    sgd-momentum: regressed; lr 0.01 → 0.001; mean val_loss 0.08505 (n=5) → "))
        #expect(!text.stdout.contains("trial "))

        let markdown = try LRLabBinary.run(["diff", "HEAD~1", "HEAD", "--format", "markdown", "--precision", "4"], in: root)
        #expect(markdown.stdout.components(separatedBy: "| Bundle | Verdict |").count == 2)
        Snapshot.check(markdown.stdout, named: "diff/optimizers-compared.md")

        // Worse is a regression, though no trial id pairs up with an old one.
        let regression = try LRLabBinary.run(["diff", "HEAD~1", "HEAD", "--fail-on", "regression"], in: root)
        #expect(regression.status == 1)
        let improvement = try LRLabBinary.run(["diff", "HEAD", "HEAD~1", "--fail-on", "regression"], in: root)
        #expect(improvement.status == 0)
        #expect(improvement.stdout.hasPrefix("results/optimizers-compared: improved: "))
    }
}
