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

    @Test func matchesTheProbeInTurn() throws {
        let files = try TempFiles()
        let directory = URL(fileURLWithPath: files.directory)
        #expect(GitProbe(directory: directory).state == nil)
        try Self.git(["init", "-q"], in: files.directory)
        try files.write("a.txt", "a\n")
        try Self.git(["add", "a.txt"], in: files.directory)
        try Self.git(["commit", "-q", "-m", "a"], in: files.directory)
        guard let clean = GitState.probe(directory: directory) else { return }  // no git here
        let probe = GitProbe(directory: directory)
        #expect(probe.state == clean)
        #expect(probe.state == clean)  // a second read does not wait forever
        #expect(clean.dirty == false)
        try files.write("b.txt", "b\n")
        #expect(GitProbe(directory: directory).state?.dirty == true)
    }
}
