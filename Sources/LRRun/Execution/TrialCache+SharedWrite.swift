import Foundation
import LRBundle

/// Storing entries into a cache that several processes, on several machines, write at once
/// (`--shard` workers on a shared file system).
///
/// An entry is built in a hidden staging directory `.<key>.stage-<host>-<pid>-<n>` and renamed
/// into place: rename(2) is atomic on local file systems and on NFS (the server performs it),
/// and no lock is taken, since NFS does not honour them reliably. The first complete entry
/// wins: when the rename finds an entry already there (another worker trained the same trial,
/// which gives the same bytes), an intact one is kept and the staged copy dropped; only a
/// damaged one is moved aside and replaced. Readers therefore see no entry or a whole one.
///
/// A staging directory left by a killed writer is removed by a later store of the same key on
/// the same host once that process is gone; the host is part of the name because a process
/// id means nothing on another machine, where the writer may well be alive.
extension TrialCache {
    /// Moves the entry that `fill` writes into a staging directory into place under `key`.
    package func place(key: String, fill: (URL) throws -> Void) throws {
        let target = directory.appendingPathComponent(key)
        try AtomicDirectory.createDirectory(directory)
        // Writers of earlier lrlab versions staged as `.<key>.tmp-<pid>-<n>`.
        AtomicDirectory.removeStaleSiblings(of: target)
        removeStaleStaging(of: key)
        let staging = try stagingDirectory(for: key, tag: "stage")
        do { try fill(staging) } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
        defer { try? FileManager.default.removeItem(at: staging) }
        if rename(staging.path, target.path) == 0 { return }
        if case .hit = lookup(key: key) { return }
        // A damaged entry (or an empty directory) is in the way: move it aside and try again.
        let aside = try stagingDirectory(for: key, tag: "old")
        _ = rename(target.path, aside.path)
        defer { try? FileManager.default.removeItem(at: aside) }
        if rename(staging.path, target.path) == 0 { return }
        let failure = errno
        if case .hit = lookup(key: key) { return }
        throw BundleError.writeFailed(target.relativePath, reason: String(cString: strerror(failure)))
    }

    /// A new, empty `.<key>.<tag>-<host>-<pid>-<n>` in the cache.
    package func stagingDirectory(for key: String, tag: String) throws -> URL {
        let stem = ".\(key).\(tag)-\(Self.hostTag)-\(ProcessInfo.processInfo.processIdentifier)"
        return try AtomicDirectory.uniqueDirectory(in: directory, stem: stem)
    }

    /// Removes this host's staging directories of `key` whose writer is gone.
    package func removeStaleStaging(of key: String) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        for name in names {
            guard let pid = Self.stagingWriter(name, key: key, host: Self.hostTag), !AtomicDirectory.isRunning(pid) else { continue }
            let url = directory.appendingPathComponent(name)
            if AtomicDirectory.isRealDirectory(url) { try? FileManager.default.removeItem(at: url) }
        }
    }

    /// The writer's pid in `.<key>.<stage|old>-<host>-<pid>-<n>` written on `host`, else nil.
    package static func stagingWriter(_ name: String, key: String, host: String) -> pid_t? {
        for tag in ["stage", "old"] {
            let prefix = ".\(key).\(tag)-\(host)-"
            guard name.hasPrefix(prefix) else { continue }
            let numbers = name.dropFirst(prefix.count).split(separator: "-", omittingEmptySubsequences: false)
            guard numbers.count == 2, numbers.allSatisfy({ !$0.isEmpty && $0.count <= 9 && $0.allSatisfy(\.isASCII) }),
                let pid = Int32(numbers[0]), pid > 0, Int(numbers[1]) != nil
            else { return nil }
            return pid
        }
        return nil
    }

    /// This machine's name as it appears in staging names: letters, digits and `.`, anything
    /// else as `_` (so `-` only ever separates the name's fields), at most 64 characters.
    package static let hostTag: String = {
        var buffer = [CChar](repeating: 0, count: 256)
        let name = gethostname(&buffer, buffer.count - 1) == 0
            ? String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self) : ""
        let safe = String(name.prefix(64).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == ".") ? $0 : "_" })
        return safe.isEmpty ? "host" : safe
    }()
}
