/// A flag a signal handler (or a test) raises to stop an execution from starting new trials.
public final class CancellationFlag: Sendable {
    private let state = Locked(false)

    public init() {}

    public func cancel() {
        state.withLock { $0 = true }
    }

    public var isCancelled: Bool {
        state.withLock { $0 }
    }
}
