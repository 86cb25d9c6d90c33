import Foundation

extension AtomicDirectory {
    /// Writes `files` (paths relative to `directory`, with their bytes), making the
    /// subdirectories they need. Every file is flushed to disk (fsync) before this returns,
    /// as Foundation's writes are; the files are written by several threads at once, since a
    /// flush waits on the disk rather than the CPU and a bundle has dozens of files. A
    /// failure names the first failing file in `files` order.
    package static func writeFiles(_ files: [(path: String, bytes: [UInt8])], in directory: URL) throws {
        var made: Set<String> = []
        let urls = files.map { directory.appendingPathComponent($0.path) }
        for url in urls {
            let parent = url.deletingLastPathComponent()
            guard made.insert(parent.path).inserted else { continue }
            try createDirectory(parent)
        }
        let failures = ParallelWrites(count: files.count)
        let threads = min(8, files.count)
        let done = DispatchGroup()
        for _ in 0..<threads {
            done.enter()
            Thread {
                while let index = failures.claim() {
                    failures.record(index, writeAndFlush(urls[index].path, files[index].bytes))
                }
                done.leave()
            }.start()
        }
        done.wait()
        if let (index, failure) = failures.first {
            throw BundleError.writeFailed(urls[index].relativePath, reason: String(cString: strerror(failure)))
        }
    }

    /// Creates or truncates `path`, writes `bytes` and flushes them; the errno of the first
    /// failing call, or nil.
    static func writeAndFlush(_ path: String, _ bytes: [UInt8]) -> Int32? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return errno }
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        return failure
    }
}

/// The work list and failures of `writeFiles`' threads.
private final class ParallelWrites: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private var next = 0
    private var failures: [Int: Int32] = [:]

    init(count: Int) { self.count = count }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        defer { next += 1 }
        return next
    }

    func record(_ index: Int, _ failure: Int32?) {
        guard let failure else { return }
        lock.lock()
        failures[index] = failure
        lock.unlock()
    }

    /// The failure of the lowest-numbered file that failed.
    var first: (Int, Int32)? {
        lock.lock()
        defer { lock.unlock() }
        return failures.min { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
