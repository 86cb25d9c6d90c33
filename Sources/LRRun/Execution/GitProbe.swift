import Dispatch
import Foundation
import LRBundle

/// `GitState.probe` on a thread of its own: a `git status` in a large work tree takes longer than
/// many a sweep's serial part, so it runs while the run plans and its trials train. The thread,
/// and the git it starts, run at the lowest priority, so git takes the cores only when the
/// trials leave one idle (the bundle waits for it, the training does not).
final class GitProbe: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: GitState?

    init(directory: URL) {
        let thread = Thread { [self] in
            Self.lowerThisThreadsPriority()
            result = GitState.probe(directory: directory)
            done.signal()
        }
        thread.start()
    }

    /// Linux keeps a nice value per thread, and a process inherits its parent thread's.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// The work tree's state, once the probe has finished.
    var state: GitState? {
        done.wait()
        done.signal()  // Later reads do not wait.
        return result
    }
}

/// Git probes started ahead, one per directory: `lrlab run` starts them before it parses the
/// experiment files, while a core is still free, and before any bundle is written (so a bundle
/// written into the work tree by the run's first file is no change for its second).
final class GitProbes: @unchecked Sendable {
    private let lock = NSLock()
    private var probes: [String: GitProbe] = [:]

    /// The probe of `directory`, started now unless it already was.
    func probe(_ directory: URL) -> GitProbe {
        lock.lock()
        defer { lock.unlock() }
        if let probe = probes[directory.path] { return probe }
        let probe = GitProbe(directory: directory)
        probes[directory.path] = probe
        return probe
    }

    /// The directory whose work tree a run of `file` records.
    static func directory(of file: String) -> URL {
        URL(fileURLWithPath: file).standardizedFileURL.deletingLastPathComponent()
    }
}
