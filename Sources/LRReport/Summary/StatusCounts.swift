import LRTrial

/// How many trials ended in each status.
package struct StatusCounts: Sendable, Equatable {
    package var ok = 0
    package var diverged = 0
    package var failed = 0
    package var stopped = 0

    package init() {}

    /// The count of one status.
    package subscript(status: TrialOutcome.Status) -> Int {
        get {
            switch status {
            case .ok: ok
            case .diverged: diverged
            case .failed: failed
            case .stopped: stopped
            }
        }
        set {
            switch status {
            case .ok: ok = newValue
            case .diverged: diverged = newValue
            case .failed: failed = newValue
            case .stopped: stopped = newValue
            }
        }
    }

    package var total: Int { ok + diverged + failed + stopped }

    /// Non-zero counts in the fixed order ok, stopped, diverged, failed, e.g. `2 ok, 1 diverged`.
    package var described: String {
        let parts = [TrialOutcome.Status.ok, .stopped, .diverged, .failed]
            .filter { self[$0] > 0 }
            .map { "\(self[$0]) \($0.rawValue)" }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Whether a trial with this status counts towards metric statistics (it finished
    /// training; diverged and failed trials have no meaningful final metrics).
    package static func counts(_ status: TrialOutcome.Status) -> Bool {
        status == .ok || status == .stopped
    }
}
