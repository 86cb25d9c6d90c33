import Foundation
import LRTestSupport
import Testing
@testable import LRBundle

/// A commit anyone can make (`git mktree`, `git commit-tree`) may hold tree entries named `..`,
/// symbolic links or submodules under `results/`. `lrlab diff` refuses such a tree with exit 2,
/// naming the commit and the path, and writes nothing anywhere.
@Suite struct HostileTreeTests {
    /// A fresh repository whose only commit has `results/x/<entry>` pointing at a tree with
    /// a `canary` file, where `<entry>` (mode `mode`, name `name`) is the hostile part.
    static func repository(entry name: String, mode: String = "040000") throws -> (root: String, commit: String) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-hostile-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        _ = try git(["init", "-q"], in: root)
        let blob = try git(["hash-object", "-w", "--stdin"], in: root, input: "written by a hostile tree\n")
        let inner = try git(["mktree"], in: root, input: "100644 blob \(blob)\tcanary\n")
        let object = mode == "040000" ? "tree \(inner)" : mode == "120000" ? "blob \(blob)" : "commit " + String(repeating: "1", count: 40)
        // Three levels of `..` reach past the scratch directory's own parents.
        var tree = try git(["mktree", "--missing"], in: root, input: "\(mode) \(object)\t\(name)\n")
        for level in ["x", "results"] { tree = try git(["mktree"], in: root, input: "040000 tree \(tree)\t\(level)\n") }
        let commit = try git(["-c", "user.name=t", "-c", "user.email=t@t", "commit-tree", tree, "-m", "hostile"], in: root)
        return (root, commit)
    }

    @Test(arguments: [("..", "040000"), (".", "040000"), ("link", "120000"), ("sub", "160000")])
    func hostileEntryIsRefusedAndNothingIsWritten(name: String, mode: String) throws {
        let (root, commit) = try Self.repository(entry: name, mode: mode)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let scratch = FileManager.default.temporaryDirectory.path
        let before = Set((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? [])
        let out = DiffOutput(BundleDiffing(arguments: [commit], directory: root))
        #expect(out.exitCode == 2)
        #expect(out.stderr.contains("commit \(commit) holds \"results/x/\(name)"), "\(out.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "\(root)/results/canary"))
        #expect(!FileManager.default.fileExists(atPath: "\(scratch)/canary"))
        let after = Set((try? FileManager.default.contentsOfDirectory(atPath: scratch)) ?? [])
        #expect(!after.subtracting(before).contains("canary"))
    }

    @Test func plainNamesAreSafe() {
        #expect(GitRepository.unsafeReason("results/a/trials/0123abcd/curve.csv") == nil)
        #expect(GitRepository.unsafeReason("results/../x") != nil)
        #expect(GitRepository.unsafeReason("results//x") != nil)
        #expect(GitRepository.unsafeReason("/etc/passwd") != nil)
        #expect(GitRepository.unsafeReason("results/a\u{1B}]0;x\u{07}") != nil)
    }

    /// Runs git in `directory`, feeding `input`; returns trimmed stdout, throws on failure.
    @discardableResult
    static func git(_ arguments: [String], in directory: String, input: String = "") throws -> String {
        try ChildProcess.git(arguments, in: directory, input: input)
    }
}
