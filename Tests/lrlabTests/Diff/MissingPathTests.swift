import Foundation
import Testing
@testable import LRBundle

/// A bundle path the arguments name that neither side has is an error (exit 2), not an
/// "added" bundle between two absent sides.
@Suite struct MissingPathTests {
    @Test func pathOnNeitherSideIsNotFound() throws {
        let repo = try DiffRepository.shared.get()
        let out = repo.diff(["HEAD:no/such/path", "HEAD"])
        #expect(out.exitCode == 2)
        #expect(out.stderr == "error: no/such/path: no bundle on either side\n")
        #expect(out.stdout.isEmpty)
    }
}

/// A killed run's `.name.tmp-PID-N` / `.name.old-PID-N` siblings are not bundles to diff.
@Suite struct HiddenSiblingTests {
    @Test func hiddenSiblingsAreNotListed() throws {
        let repo = try DiffRepository.shared.get()
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lrlab-hidden-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: "\(root)/results", withIntermediateDirectories: true)
        for name in ["tiny", ".tiny.tmp-4242-1", ".tiny.old-4242-2"] {
            try FileManager.default.copyItem(atPath: "\(repo.root)/results/tiny", toPath: "\(root)/results/\(name)")
        }
        _ = try HostileTreeTests.git(["init", "-q"], in: root)
        _ = try HostileTreeTests.git(["add", "-A", "-f"], in: root)
        _ = try HostileTreeTests.git(["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x"], in: root)
        let out = DiffOutput(BundleDiffing(arguments: [], directory: root))
        #expect(out.exitCode == 0, "\(out.stderr)")
        #expect(out.stdout == "1 bundle unchanged\n")
        #expect(!out.stdout.contains(".tiny."))
    }
}
