import Foundation

/// The commit and cleanliness of the git work tree holding a directory.
package struct GitState: Sendable, Equatable {
    package var commit: String
    /// Whether a tracked file differs from the commit (staged or not). Untracked files do not
    /// count, as in `git describe --dirty`: they are not what the commit names, and the bundle
    /// holds the experiment and the digests of its data whatever git tracks.
    package var dirty: Bool

    package init(commit: String, dirty: Bool) {
        self.commit = commit
        self.dirty = dirty
    }

    /// Asks git about `directory`; nil when git is missing, the directory is not in a work tree
    /// or its branch has no commit yet. One `git status` answers both questions: its porcelain v2
    /// header names the commit, and any other line is a change.
    package static func probe(directory: URL) -> GitState? {
        // No optional locks: the probe never writes the index, so it cannot get in the way of a
        // git command the user runs meanwhile. No untracked files: finding them walks every
        // directory of the work tree (checkpoints, downloaded data), half the probe's time here.
        let arguments = ["--no-optional-locks", "status", "--porcelain=v2", "--branch", "--untracked-files=no"]
        guard let status = run(arguments, in: directory),
            status.status == 0
        else { return nil }
        return parse(porcelainV2: status.output)
    }

    /// The state a `git status --porcelain=v2 --branch` output describes.
    static func parse(porcelainV2 output: String) -> GitState? {
        var commit: String?
        var dirty = false
        for line in output.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("# branch.oid ") {
                commit = String(line.dropFirst("# branch.oid ".count))
            } else if !line.hasPrefix("# ") {
                dirty = true
            }
        }
        // A branch without a commit says "(initial)".
        guard let commit, !commit.isEmpty, commit.utf8.allSatisfy(isLowercaseHex) else { return nil }
        return GitState(commit: commit, dirty: dirty)
    }

    private static func isLowercaseHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(byte)
    }

    private static func run(_ arguments: [String], in directory: URL) -> (status: Int32, output: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
