import Foundation
import Testing

/// `lrlab graph` and `lrlab plan` through the built binary.
@Suite struct GraphCommandTests {
    /// A scratch directory holding one learning-rate sweep (3 values × 2 seeds).
    final class Scratch {
        let directory: String

        init(_ yaml: String = Scratch.sweep) throws {
            directory = FileManager.default.temporaryDirectory
                .appendingPathComponent("lrlab-graph-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(yaml.utf8).write(to: URL(fileURLWithPath: "\(directory)/exp.yaml"))
        }

        deinit { try? FileManager.default.removeItem(atPath: directory) }

        static let sweep = """
            version: 1
            name: lr-sweep
            seed: 7
            data: {source: iris}
            model: {kind: mlp, hidden: [8]}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 2}
            sweep:
              method: grid
              parameters:
                optimizer.lr: [0.1, 0.01, 0.001]
              seeds: [1, 2]

            """
    }

    @Test func mermaidByDefault() throws {
        let s = try Scratch()
        let r = try LRLabBinary.run(["graph", "exp.yaml"], in: s.directory)
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "flowchart LR")
        #expect(lines.filter { $0.hasPrefix("    data") && !$0.contains("-->") }.count == 1)
        #expect(lines.filter { $0.hasPrefix("    train") && !$0.contains("-->") }.count == 6)
        #expect(lines.filter { $0.contains(" --> summarise1") }.count == 6)
    }

    @Test func textFormatWithOverride() throws {
        let s = try Scratch()
        let r = try LRLabBinary.run(["graph", "exp.yaml", "--format", "text", "--set", "sweep.seeds=[1]"], in: s.directory)
        #expect(r.status == 0)
        let headings = r.stdout.split(separator: "\n").filter { !$0.hasPrefix(" ") }
        #expect(headings == ["data (1)", "split (1)", "init (1)", "train (3)", "evaluate (3)", "summarise (1)", "report (1)"])
    }

    @Test func dotFormat() throws {
        let s = try Scratch()
        let r = try LRLabBinary.run(["graph", "exp.yaml", "--format", "dot"], in: s.directory)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("digraph pipeline {\n    rankdir=LR;\n"))
        #expect(r.stdout.hasSuffix("    summarise1 -> report1;\n}\n"))
    }

    @Test func invalidFileIsReportedLikeValidate() throws {
        let r = try LRLabBinary.run(["graph", "invalid/lr-wrong-type.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == """
            invalid/lr-wrong-type.yaml:7:7: error: optimizer.lr: expected a positive number, got "fast"
              lr: fast
                  ^

            """)
    }

    @Test(arguments: ["graph", "plan"])
    func helpAndRegistration(command: String) throws {
        let root = try LRLabBinary.run(["--help"])
        #expect(root.stdout.contains("  \(command) "))
        let r = try LRLabBinary.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: lrlab \(command) <file> [--set <path=value> ...]"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try LRLabBinary.run(["graph", "valid/xor-nadam-exponential.yaml", "--format", "png"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--format"))
    }

    @Test func pbtOnAFunctionModelIsRejectedAtItsMethod() throws {
        let r = try LRLabBinary.run(["plan", "invalid/pbt-on-function-model.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("invalid/pbt-on-function-model.yaml:"))
        #expect(r.stderr.contains("error: sweep.method: pbt trains models on data; a 'function' model has none\n"))
    }

    @Test func planCountsCachedTrials() throws {
        let s = try Scratch()
        let first = try LRLabBinary.run(["plan", "exp.yaml"], in: s.directory)
        #expect(first.status == 0)
        #expect(first.stdout.hasSuffix("\n6 trials, 0 cached, 6 to run\n"))
        let rows = first.stdout.split(separator: "\n").dropFirst().prefix(6)
        #expect(rows.count == 6)
        #expect(rows.allSatisfy { $0.split(separator: " ", omittingEmptySubsequences: true)[2] == "no" })
        // Train two of the trials (a narrower sweep with the same configurations and seed).
        let keyed = try LRLabBinary.run(["plan", "exp.yaml", "--keys"], in: s.directory)
        let keys = keyed.stdout.split(separator: "\n").dropFirst().prefix(6).map { String($0.split(separator: " ").last ?? "") }
        #expect(keys.count == 6 && keys.allSatisfy { $0.count == 64 })
        let two = try LRLabBinary.run(["run", "exp.yaml", "--quiet", "--out", "out",
                                       "--set", "sweep.parameters={optimizer.lr: [0.1, 0.001]}", "--set", "sweep.seeds=[1]"],
                                      in: s.directory)
        #expect(two.status == 0)
        let second = try LRLabBinary.run(["plan", "exp.yaml"], in: s.directory)
        #expect(second.stdout.hasSuffix("\n6 trials, 2 cached, 4 to run\n"))
        let cachedColumn = second.stdout.split(separator: "\n").dropFirst().prefix(6).map { $0.split(separator: " ")[2] }
        #expect(cachedColumn == ["yes", "no", "no", "no", "yes", "no"])
        // An entry that is there but edited is trained again by `run`, so `plan` does not count it.
        let outcome = URL(fileURLWithPath: "\(s.directory)/.lrlab/cache/\(keys[4])/outcome.json")
        var edited = try Data(contentsOf: outcome)
        edited.append(contentsOf: Array(" ".utf8))
        try edited.write(to: outcome)
        let third = try LRLabBinary.run(["plan", "exp.yaml"], in: s.directory)
        #expect(third.stdout.hasSuffix("\n6 trials, 1 cached, 5 to run\n"))
    }
}
