import Foundation
@testable import LRBundle
@testable import LRRun
import LRTestSupport
import Testing

/// The probe that runs while trials train answers what the probe run in turn answers.
@Suite struct GitProbeTests {
    static func git(_ arguments: [String], in directory: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-c", "user.name=lrlab", "-c", "user.email=lrlab@example.invalid"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    /// A new repository in a temporary directory with `a.txt` committed; nil when this
    /// machine has no git.
    static func committedRepository() throws -> (files: TempFiles, directory: URL, clean: GitState)? {
        let files = try TempFiles()
        let directory = URL(fileURLWithPath: files.directory)
        try git(["init", "-q"], in: files.directory)
        try files.write("a.txt", "a\n")
        try git(["add", "a.txt"], in: files.directory)
        try git(["commit", "-q", "-m", "a"], in: files.directory)
        guard let clean = GitState.probe(directory: directory) else { return nil }
        return (files, directory, clean)
    }

    @Test func matchesTheProbeInTurn() throws {
        let outside = try TempFiles()
        #expect(GitProbe(directory: URL(fileURLWithPath: outside.directory)).state == nil)
        guard let repository = try Self.committedRepository() else { return }  // no git here
        let (files, directory, clean) = repository
        let probe = GitProbe(directory: directory)
        #expect(probe.state == clean)
        #expect(probe.state == clean)  // a second read does not wait forever
        #expect(clean.dirty == false)
        try files.write("a.txt", "b\n")
        #expect(GitProbe(directory: directory).state?.dirty == true)
    }

    @Test func aBranchWithoutACommitHasNoState() throws {
        let files = try TempFiles()
        try Self.git(["init", "-q"], in: files.directory)
        try files.write("a.txt", "a\n")
        #expect(GitState.probe(directory: URL(fileURLWithPath: files.directory)) == nil)
    }

    @Test func aModifiedTrackedFileMakesTheTreeDirty() throws {
        guard let repository = try Self.committedRepository() else { return }  // no git here
        let (files, directory, clean) = repository
        #expect(clean.commit.count >= 40 && clean.dirty == false)
        try files.write("a.txt", "b\n")
        #expect(GitState.probe(directory: directory) == GitState(commit: clean.commit, dirty: true))
        try Self.git(["add", "a.txt"], in: files.directory)
        #expect(GitState.probe(directory: directory)?.dirty == true)  // staged, not committed
    }

    /// An untracked file is not a change to the commit (`git describe --dirty` agrees).
    @Test func anUntrackedFileLeavesTheTreeClean() throws {
        guard let repository = try Self.committedRepository() else { return }  // no git here
        let (files, directory, clean) = repository
        try files.write("new/b.txt", "b\n")
        #expect(GitState.probe(directory: directory) == clean)
        #expect(clean.dirty == false)
    }

    @Test func readsThePorcelainV2Header() {
        let oid = String(repeating: "0123456789abcdef", count: 4).prefix(40)
        let clean = "# branch.oid \(oid)\n# branch.head main\n"
        #expect(GitState.parse(porcelainV2: clean) == GitState(commit: String(oid), dirty: false))
        #expect(GitState.parse(porcelainV2: clean + "? new.txt\n") == GitState(commit: String(oid), dirty: true))
        #expect(GitState.parse(porcelainV2: clean + "1 .M N... 100644 100644 100644 a a a.txt\n")?.dirty == true)
        #expect(GitState.parse(porcelainV2: "# branch.oid (initial)\n# branch.head main\n? a.txt\n") == nil)
        #expect(GitState.parse(porcelainV2: "") == nil)
        #expect(GitState.parse(porcelainV2: "# branch.oid ABC\n") == nil)
    }
}
