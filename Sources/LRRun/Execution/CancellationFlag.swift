/// A flag a signal handler (or a test) raises to stop an execution from starting new trials.
package final class CancellationFlag: Sendable {
    private let state = Locked(false)

    package init() {}

    package func cancel() {
        state.withLock { $0 = true }
    }

    package var isCancelled: Bool {
        state.withLock { $0 }
    }
}
