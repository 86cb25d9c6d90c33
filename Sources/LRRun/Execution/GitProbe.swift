import Dispatch
import Foundation
import LRBundle

/// `GitState.probe` on another thread: a `git status` in a large work tree takes longer than
/// many a sweep's serial part, so it runs while the trials train.
final class GitProbe: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: GitState?

    init(directory: URL) {
        DispatchQueue.global().async { [self] in
            result = GitState.probe(directory: directory)
            done.signal()
        }
    }

    /// The work tree's state, once the probe has finished.
    var state: GitState? {
        done.wait()
        done.signal()  // Later reads do not wait.
        return result
    }
}
