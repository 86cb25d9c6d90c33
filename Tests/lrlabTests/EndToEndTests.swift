import Foundation
import Testing

/// The built `lrlab` binary: output and exit codes.
@Suite struct EndToEndTests {
    @Test func binaryExists() {
        #expect(FileManager.default.isExecutableFile(atPath: LRLabBinary.url.path), "\(LRLabBinary.url.path)")
    }

    @Test func validFileExitsZero() throws {
        let r = try LRLabBinary.run(["validate", "valid/moons-mlp-adam-one-cycle.yaml", "valid/digits-sequence.yaml"])
        #expect(r.status == 0)
        #expect(r.stdout == "valid/moons-mlp-adam-one-cycle.yaml: ok\nvalid/digits-sequence.yaml: ok\n")
        #expect(r.stderr == "")
    }

    @Test func invalidFilePrintsCompilerStyleDiagnostic() throws {
        let r = try LRLabBinary.run(["validate", "invalid/lr-wrong-type.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == """
            invalid/lr-wrong-type.yaml:7:7: error: optimizer.lr: expected a positive number, got "fast"
              lr: fast
                  ^

            """)
    }

    @Test func anyInvalidFileMakesTheRunFail() throws {
        let r = try LRLabBinary.run(["validate", "valid/xor-nadam-exponential.yaml", "invalid/betas-for-sgd.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout == "valid/xor-nadam-exponential.yaml: ok\n")
        #expect(r.stderr.hasPrefix("invalid/betas-for-sgd.yaml:8:3: error: optimizer.betas: 'betas' does not apply to optimizer 'sgd'\n"))
    }

    @Test func githubFormat() throws {
        let r = try LRLabBinary.run(["validate", "--format", "github", "invalid/unknown-optimizer-key.yaml"])
        #expect(r.status == 2)
        #expect(r.stdout == "::error file=invalid/unknown-optimizer-key.yaml,line=8,col=3::optimizer.momentun: unknown key 'momentun'; did you mean 'momentum'?\n")
    }

    @Test func jsonFormat() throws {
        let r = try LRLabBinary.run(["validate", "--format", "json", "invalid/lr-negative.yaml"])
        #expect(r.status == 2)
        let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]]
        #expect(parsed?.count == 1)
        #expect(parsed?.first?["line"] as? Int == 5)
        #expect(parsed?.first?["path"] as? String == "optimizer.lr")
    }

    @Test func setOverrideErrorIsLocatedOnTheCommandLine() throws {
        let r = try LRLabBinary.run(["validate", "valid/xor-nadam-exponential.yaml", "--set", "optimizer.lr=0"])
        #expect(r.status == 2)
        #expect(r.stderr == "<command line>:1:14: error: optimizer.lr: expected a positive number, got 0\noptimizer.lr=0\n             ^\n")
        let ok = try LRLabBinary.run(["validate", "valid/xor-nadam-exponential.yaml", "--set", "optimizer.lr=0.01"])
        #expect(ok.status == 0)
    }

    @Test func missingFile() throws {
        let r = try LRLabBinary.run(["validate", "no/such.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr == "no/such.yaml: error: no such file\n")
    }

    @Test(arguments: ["binary-garbage.yaml", "invalid-utf8.yaml", "alias-bomb.yaml", "deep-nesting.yaml", "empty.yaml"])
    func hostileInputIsRejectedWithoutACrash(name: String) throws {
        let r = try LRLabBinary.run(["validate", "invalid/\(name)"])
        #expect(r.status == 2)
        #expect(r.stderr.hasPrefix("invalid/\(name):"))
        #expect(!r.stderr.contains("Fatal error"))
    }

    @Test func usageErrorExitsTwo() throws {
        let r = try LRLabBinary.run(["validate", "--format", "xml", "valid/xor-nadam-exponential.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--format"))
        let none = try LRLabBinary.run(["validate"])
        #expect(none.status == 2)
    }

    @Test func version() throws {
        let r = try LRLabBinary.run(["--version"])
        #expect(r.status == 0)
        #expect(r.stdout == "0.1.0\n")
    }

    @Test(arguments: [[], ["validate"], ["schema"]])
    func help(command: [String]) throws {
        let r = try LRLabBinary.run(command + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: lrlab"))
        if command == ["validate"] {
            #expect(r.stdout.contains("--set <path=value>"))
            #expect(r.stdout.contains("--format <format>"))
        }
    }

    @Test func schemaMatchesTheCommittedFile() throws {
        let r = try LRLabBinary.run(["schema"])
        #expect(r.status == 0)
        let committed = URL(fileURLWithPath: LRLabBinary.fixtures)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("schemas/experiment.schema.json")
        let data = try Data(contentsOf: committed)
        #expect(r.stdout == String(decoding: data, as: UTF8.self))
    }
}
