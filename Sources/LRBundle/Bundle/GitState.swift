import Foundation

/// The commit and cleanliness of the git work tree holding a directory.
package struct GitState: Sendable, Equatable {
    package var commit: String
    /// Whether `git status --porcelain` lists anything (modified or untracked files).
    package var dirty: Bool

    package init(commit: String, dirty: Bool) {
        self.commit = commit
        self.dirty = dirty
    }

    /// Asks git about `directory`; nil when git is missing or the directory is not in a work tree.
    package static func probe(directory: URL) -> GitState? {
        guard let head = run(["rev-parse", "HEAD"], in: directory), head.status == 0 else { return nil }
        let commit = head.output.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !commit.isEmpty, let status = run(["status", "--porcelain"], in: directory), status.status == 0
        else { return nil }
        return GitState(commit: commit, dirty: !status.output.isEmpty)
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
