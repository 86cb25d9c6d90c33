import Foundation

/// The git repository around a directory, read through the `git` command.
struct GitRepository {
    /// The repository's top level.
    var root: String
    /// The working directory relative to `root`, empty or ending in `/`.
    var prefix: String

    /// The repository containing `directory`.
    init(directory: String) throws(DiffError) {
        guard let top = try? Self.run(["rev-parse", "--show-toplevel"], in: directory), top.status == 0 else {
            throw .notARepository(directory)
        }
        root = String(decoding: top.output, as: UTF8.self).trimmingCharacters(in: .newlines)
        let prefix = try Self.run(["rev-parse", "--show-prefix"], in: directory)
        self.prefix = String(decoding: prefix.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// The commit `revision` names; throws `unknownRevision` when it names none.
    func commit(_ revision: String) throws(DiffError) -> String {
        let result = try Self.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: root)
        guard result.status == 0 else { throw .unknownRevision(revision) }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Files under `path` (relative to the working directory) at `commit`, relative to the
    /// working directory, sorted.
    func files(at commit: String, under path: String) throws(DiffError) -> [String] {
        let full = normalized(prefix + path)
        let result = try Self.run(["ls-tree", "-r", "-z", "--name-only", "--full-tree", commit, "--", full], in: root)
        guard result.status == 0 else { throw .git(String(decoding: result.error, as: UTF8.self)) }
        return result.output.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
            .filter { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Writes the files under `path` at `commit` below `destination` (same relative paths).
    func export(_ files: [String], at commit: String, to destination: String) throws(DiffError) {
        for file in files {
            let result = try Self.run(["cat-file", "blob", "\(commit):\(prefix + file)"], in: root)
            guard result.status == 0 else { throw .git(String(decoding: result.error, as: UTF8.self)) }
            let target = URL(fileURLWithPath: destination).appendingPathComponent(file)
            do {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try result.output.write(to: target)
            } catch {
                throw .git("cannot write \(target.path): \(error.localizedDescription)")
            }
        }
    }

    /// `a/./b/` → `a/b`.
    func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
    }

    struct Output {
        var status: Int32
        var output: Data
        var error: Data
    }

    /// Runs `git` with `arguments` in `directory`.
    static func run(_ arguments: [String], in directory: String) throws(DiffError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw .git("cannot run git: \(error.localizedDescription)") }
        // Drain stderr beside stdout so neither pipe fills and blocks git.
        let box = DataBox()
        let thread = Thread { box.data = err.fileHandleForReading.readDataToEndOfFile() }
        thread.start()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !box.done { usleep(1000) }
        return Output(status: process.terminationStatus, output: output, error: box.data)
    }
}

/// Stderr collected on another thread.
private final class DataBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored = Data()
    private var finished = false
    var data: Data {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue; finished = true } }
    }
    var done: Bool { lock.withLock { finished } }
}
