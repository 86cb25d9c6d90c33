import Dispatch
import Foundation

/// SIGINT and SIGTERM delivered to a handler on a dispatch queue instead of ending the process,
/// so a run can stop scheduling trials and say what it kept. Restores the default actions
/// when released.
package final class InterruptSignals: @unchecked Sendable {
    // Read only after init; the sources are thread-safe.
    private let sources: [DispatchSourceSignal]

    /// Calls `handler` with the signal number each time SIGINT or SIGTERM arrives.
    package init(handler: @escaping @Sendable (Int32) -> Void) {
        let queue = DispatchQueue(label: "lrlab.signals")
        sources = [SIGINT, SIGTERM].map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { handler(number) }
            source.resume()
            return source
        }
    }

    deinit {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
