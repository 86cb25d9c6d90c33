import Dispatch
import Foundation

/// Work started ahead on a thread of its own at the lowest priority: it takes a core only when
/// nothing of the run wants it (while the run plans, between trials, once the last trials
/// leave a core idle), so a sweep's training never waits for it. For work whose result is
/// optional (`valueIfDone`): waiting for it could mean waiting until every other thread is done.
final class LowPriorityTask<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            Self.lowerThisThreadsPriority()
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// Linux keeps a nice value per thread.
    private static func lowerThisThreadsPriority() {
        #if os(Linux)
        _ = setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 19)
        #endif
    }

    /// The result if the work has finished, without waiting.
    var valueIfDone: Value? {
        guard done.wait(timeout: .now()) == .success else { return nil }
        done.signal()
        return result
    }
}
