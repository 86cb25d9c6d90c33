import Foundation
import LRBundle
import LRConfig

/// `GitState.probe` started ahead: a `git status` in a large work tree takes longer than many a
/// sweep's serial part, so it runs while the run plans and its trials train. (At a lower
/// priority it would get no core until the trials end, and the bundle would wait for it.)
final class GitProbe: Sendable {
    private let probe: Concurrently.Started<GitState?>

    init(directory: URL) {
        probe = Concurrently.start { GitState.probe(directory: directory) }
    }

    /// The work tree's state, once the probe has finished.
    var state: GitState? { probe.wait() }
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
