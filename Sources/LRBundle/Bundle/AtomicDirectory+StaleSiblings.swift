import Foundation

/// Clean-up after writers killed between creating a hidden sibling and renaming it (`kill -9`,
/// a crash): their `.<name>.tmp-<pid>-<n>` and `.<name>.old-<pid>-<n>` would stay forever.
extension AtomicDirectory {
    /// Removes the hidden siblings of `target` whose writing process no longer exists. Only
    /// names of exactly that shape for exactly this target, only real directories (a symlink
    /// is neither followed nor removed), and never while the writer lives — a concurrent write
    /// of the same target, from this process or another, keeps its directory. Best effort:
    /// what cannot be removed is left for the next writer.
    package static func removeStaleSiblings(of target: URL) {
        let parent = target.deletingLastPathComponent()
        let stem = Array(".\(target.lastPathComponent).".utf8)
        for name in entryNames(in: parent, startingWith: stem) {
            guard let pid = writerProcess(ofSibling: name, stem: stem), !isRunning(pid) else { continue }
            let sibling = parent.appendingPathComponent(String(decoding: name, as: UTF8.self))
            guard isRealDirectory(sibling) else { continue }
            try? FileManager.default.removeItem(at: sibling)
        }
    }

    /// The writer's pid in a sibling name `<stem><tmp|old>-<pid>-<n>`; nil unless the name is
    /// exactly that, with pid and n in plain decimal (no sign, no leading zero) and pid > 0.
    package static func writerProcess(ofSibling name: [UInt8], stem: [UInt8]) -> pid_t? {
        guard name.starts(with: stem) else { return nil }
        let rest = name.dropFirst(stem.count)
        guard rest.starts(with: Array("tmp-".utf8)) || rest.starts(with: Array("old-".utf8)) else { return nil }
        let numbers = rest.dropFirst(4).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        guard numbers.count == 2, let pid = plainDecimal(numbers[0]), plainDecimal(numbers[1]) != nil,
            pid > 0, pid <= Int(pid_t.max)
        else { return nil }
        return pid_t(pid)
    }

    /// False only when the system says no such process exists (ESRCH); a process of another
    /// user (EPERM) is alive.
    package static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }

    /// Whether `url` itself (not what a symlink there points to) is a directory.
    package static func isRealDirectory(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// `digits` as a number when written the one way `String(n)` writes it.
    private static func plainDecimal(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
            digits.count == 1 || digits.first != UInt8(ascii: "0")
        else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }

    /// The names in `directory` that begin with `prefix`, compared byte for byte.
    private static func entryNames(in directory: URL, startingWith prefix: [UInt8]) -> [[UInt8]] {
        guard let handle = opendir(directory.path) else { return [] }
        defer { closedir(handle) }
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        var names: [[UInt8]] = []
        while let entry = readdir(handle) {
            let name = UnsafeRawPointer(entry).advanced(by: nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = UnsafeRawBufferPointer(start: name, count: strlen(name))
            if bytes.starts(with: prefix) { names.append(Array(bytes)) }
        }
        return names
    }
}
