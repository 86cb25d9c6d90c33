import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The process groups of the external trainers running now. Trainers run in their own process
/// groups, so a terminal's Ctrl-C does not reach them: a run that abandons its trials kills
/// them here rather than leaving them training.
package enum RunningTrainers {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var groups: Set<pid_t> = []

    static func started(_ group: pid_t) {
        lock.withLock { _ = groups.insert(group) }
    }

    static func ended(_ group: pid_t) {
        lock.withLock { _ = groups.remove(group) }
    }

    /// Sends SIGKILL to every running trainer's process group.
    package static func killAll() {
        lock.withLock {
            for group in groups { kill(-group, SIGKILL) }
        }
    }
}
