import Foundation
import Testing
@testable import LRBundle
import LRTestSupport

/// Hidden siblings left by killed writers are removed by the next `replace` of the same target,
/// and nothing else is.
@Suite struct AtomicDirectoryTests {
    /// The pid of a process that has exited and been reaped.
    static func deadPID() throws -> pid_t {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    /// A directory `name` in `parent` holding one file.
    @discardableResult
    static func makeDirectory(_ name: String, in parent: URL) throws -> URL {
        let url = parent.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data("partial".utf8).write(to: url.appendingPathComponent("file"))
        return url
    }

    static func names(in directory: URL) throws -> Set<String> {
        Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
    }

    static func replace(_ target: URL) throws {
        try AtomicDirectory.replace(target) { temporary in
            try AtomicDirectory.writeFiles([("new", Array("new".utf8))], in: temporary)
        }
    }

    /// Many files written by several threads land with their bytes, in the subdirectories
    /// they name; a failure names the first failing file in list order.
    @Test func writeFilesWritesEveryFileAndNamesTheFirstFailure() throws {
        let files = try TempFiles()
        let directory = URL(fileURLWithPath: files.directory)
        let written = (0..<40).map { index in
            (path: index % 3 == 0 ? "trials/t\(index)/curve.csv" : "plots/p\(index).svg",
             bytes: Array(String(repeating: "\(index),", count: index * 97).utf8))
        }
        try AtomicDirectory.writeFiles(written, in: directory)
        for file in written {
            #expect(try Data(contentsOf: directory.appendingPathComponent(file.path)) == Data(file.bytes))
        }
        // Directories standing where files 1 and 3 go: open(2) fails for both, file 1 is named.
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("x/b"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("x/d"), withIntermediateDirectories: true)
        #expect {
            try AtomicDirectory.writeFiles([("x/a", [1]), ("x/b", [2]), ("x/c", [3]), ("x/d", [4])], in: directory)
        } throws: { error in
            "\(error)".contains("x/b") && !"\(error)".contains("x/d")
        }
    }

    @Test func staleSiblingsOfDeadWritersAreRemovedAndLiveOnesKept() throws {
        let files = try TempFiles()
        let parent = URL(fileURLWithPath: files.directory)
        let dead = try Self.deadPID()
        let live = ProcessInfo.processInfo.processIdentifier
        let kept = [".b.tmp-\(live)-0", ".b.old-\(live)-3", ".b.tmp-1-0"]  // pid 1 (init) lives
        for name in [".b.tmp-\(dead)-0", ".b.old-\(dead)-7"] + kept { try Self.makeDirectory(name, in: parent) }
        try Self.replace(parent.appendingPathComponent("b"))
        #expect(try Self.names(in: parent) == Set(["b"] + kept))
        #expect(FileManager.default.fileExists(atPath: parent.appendingPathComponent(".b.tmp-\(live)-0/file").path))
    }

    /// Names not exactly `.<target>.<tmp|old>-<pid>-<n>`, siblings of other targets, and
    /// plain files are never removed.
    @Test func onlyExactNamesOfTheSameTargetAreRemoved() throws {
        let files = try TempFiles()
        let parent = URL(fileURLWithPath: files.directory)
        let dead = try Self.deadPID()
        let untouched = [
            ".other.tmp-\(dead)-0", ".bb.tmp-\(dead)-0", ".b.tmp-0\(dead)-0", ".b.tmp-\(dead)-00", ".b.tmp-+\(dead)-0",
            ".b.tmp-\(dead)-0x", ".b.tmp-\(dead)", ".b.tmp-\(dead)-0-1", ".b.new-\(dead)-0", ".b.tmp--1-0", ".b.tmp-0-0",
            "b.tmp-\(dead)-0", ".b.tmp-99999999999-0", ".b.c.tmp-\(dead)-0",
        ]
        for name in untouched { try Self.makeDirectory(name, in: parent) }
        try Data("file".utf8).write(to: parent.appendingPathComponent(".b.old-\(dead)-1"))
        try Self.replace(parent.appendingPathComponent("b"))
        #expect(try Self.names(in: parent) == Set(["b", ".b.old-\(dead)-1"] + untouched))
    }

    /// A symlink named like a stale sibling is left alone: not followed, not removed.
    @Test func symlinkNamedLikeAStaleSiblingIsLeftAlone() throws {
        let files = try TempFiles()
        let parent = URL(fileURLWithPath: files.directory).appendingPathComponent("results")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let victim = try Self.makeDirectory("victim", in: URL(fileURLWithPath: files.directory))
        let link = parent.appendingPathComponent(".b.tmp-\(try Self.deadPID())-0")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: victim)
        try Self.replace(parent.appendingPathComponent("b"))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == victim.path)
        #expect(FileManager.default.fileExists(atPath: victim.appendingPathComponent("file").path))
    }

    /// A symlink inside a stale sibling is removed with it; what it points to is not touched.
    @Test func symlinksInsideAStaleSiblingAreNotFollowed() throws {
        let files = try TempFiles()
        let parent = URL(fileURLWithPath: files.directory).appendingPathComponent("results")
        let victim = try Self.makeDirectory("victim", in: URL(fileURLWithPath: files.directory))
        let stale = try Self.makeDirectory(".b.tmp-\(try Self.deadPID())-0", in: parent)
        try FileManager.default.createSymbolicLink(at: stale.appendingPathComponent("link"), withDestinationURL: victim)
        try Self.replace(parent.appendingPathComponent("b"))
        #expect(try Self.names(in: parent) == ["b"])
        #expect(FileManager.default.fileExists(atPath: victim.appendingPathComponent("file").path))
    }

    @Test func siblingNamesParseExactly() {
        let stem = Array(".b.".utf8)
        #expect(AtomicDirectory.writerProcess(ofSibling: Array(".b.tmp-42-0".utf8), stem: stem) == 42)
        #expect(AtomicDirectory.writerProcess(ofSibling: Array(".b.old-7-9999".utf8), stem: stem) == 7)
        for name in [".b.tmp-42-", ".b.tmp--0", ".b.tmp-042-0", ".b.tmp-2147483648-0", ".b.tmp-0-0", ".b.TMP-42-0", ".c.tmp-42-0"] {
            #expect(AtomicDirectory.writerProcess(ofSibling: Array(name.utf8), stem: stem) == nil, "\(name)")
        }
    }
}
