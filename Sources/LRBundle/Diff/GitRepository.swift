import Foundation

/// The git repository around a directory, read through the `git` command.
package struct GitRepository {
    /// The repository's top level.
    package var root: String
    /// The working directory relative to `root`, empty or ending in `/`.
    package var prefix: String

    /// The repository containing `directory`.
    package init(directory: String) throws(DiffError) {
        guard let top = try? Self.run(["rev-parse", "--show-toplevel"], in: directory), top.status == 0 else {
            throw .notARepository(directory)
        }
        root = String(decoding: top.output, as: UTF8.self).trimmingCharacters(in: .newlines)
        let prefix = try Self.run(["rev-parse", "--show-prefix"], in: directory)
        self.prefix = String(decoding: prefix.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// The commit `revision` names; throws `unknownRevision` when it names none.
    package func commit(_ revision: String) throws(DiffError) -> String {
        let result = try Self.run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], in: root)
        guard result.status == 0 else { throw .unknownRevision(revision) }
        return String(decoding: result.output, as: UTF8.self).trimmingCharacters(in: .newlines)
    }

    /// Files under `path` (relative to the working directory) at `commit`, relative to the
    /// working directory, sorted. The tree comes from a commit anyone may have made, so every
    /// entry under `path` must be a regular file whose path components are plain names: an
    /// entry named `..`, `.` or with control characters, a symbolic link or a submodule is an
    /// error naming the commit and the path.
    package func files(at commit: String, under path: String) throws(DiffError) -> [String] {
        let full = normalized(prefix + path)
        let result = try Self.run(["ls-tree", "-r", "-z", "--full-tree", commit, "--", full], in: root)
        guard result.status == 0 else { throw .git(String(decoding: result.error, as: UTF8.self)) }
        var files: [String] = []
        for entry in result.output.split(separator: 0) {
            // `<mode> SP <type> SP <object> TAB <path>`
            guard let tab = entry.firstIndex(of: 0x09) else { throw .git("unexpected ls-tree output") }
            let fields = entry[..<tab].split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            let name = String(decoding: entry[(tab + 1)...], as: UTF8.self)
            if let reason = Self.unsafeReason(name) ?? Self.unsafeReason(mode: fields.first ?? "") {
                throw .unsafeTreeEntry(commit: commit, path: name, reason: reason)
            }
            if name.hasPrefix(prefix) { files.append(String(name.dropFirst(prefix.count))) }
        }
        return files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Why a tree path is unsafe to recreate below a directory, or nil when it is safe.
    package static func unsafeReason(_ path: String) -> String? {
        if path.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "a control character in the path"
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            return "an empty, '.' or '..' path component"
        }
        return nil
    }

    /// Why a tree entry's mode is refused (only regular files, 100644 and 100755, are read).
    package static func unsafeReason(mode: String) -> String? {
        switch mode {
        case "100644", "100755": nil
        case "120000": "a symbolic link"
        case "160000": "a submodule"
        default: "an entry of mode \(mode)"
        }
    }

    /// Writes the files under `path` at `commit` below `destination` (same relative paths).
    /// `files` come from ``files(at:under:)``, so each is a plain relative path; files are
    /// created new (`O_EXCL`) and never through a symbolic link (`O_NOFOLLOW`).
    package func export(_ files: [String], at commit: String, to destination: String) throws(DiffError) {
        for file in files {
            if let reason = Self.unsafeReason(file) { throw .unsafeTreeEntry(commit: commit, path: file, reason: reason) }
            let result = try Self.run(["cat-file", "blob", "\(commit):\(prefix + file)"], in: root)
            guard result.status == 0 else { throw .git(String(decoding: result.error, as: UTF8.self)) }
            let target = URL(fileURLWithPath: destination).appendingPathComponent(file)
            do {
                try FileManager.default.createDirectory(
                    at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            } catch {
                throw .git("cannot write \(target.path): \(error.localizedDescription)")
            }
            let descriptor = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else { throw .git("cannot write \(target.path): \(String(cString: strerror(errno)))") }
            defer { close(descriptor) }
            let written = result.output.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            guard written == result.output.count else { throw .git("cannot write \(target.path)") }
        }
    }

    /// `a/./b/` → `a/b`.
    package func normalized(_ path: String) -> String {
        path.split(separator: "/").filter { $0 != "." && !$0.isEmpty }.joined(separator: "/")
    }

    package struct Output {
        var status: Int32
        var output: Data
        var error: Data
    }

    /// Runs `git` with `arguments` in `directory`.
    package static func run(_ arguments: [String], in directory: String) throws(DiffError) -> Output {
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
