/// How many trials ended in each status.
public struct StatusCounts: Sendable, Equatable {
    public var ok = 0
    public var diverged = 0
    public var failed = 0
    public var stopped = 0

    public init() {}

    /// The count of one status.
    public subscript(status: TrialOutcome.Status) -> Int {
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

    public var total: Int { ok + diverged + failed + stopped }

    /// Non-zero counts in the fixed order ok, stopped, diverged, failed, e.g. `2 ok, 1 diverged`.
    public var described: String {
        let parts = [TrialOutcome.Status.ok, .stopped, .diverged, .failed]
            .filter { self[$0] > 0 }
            .map { "\(self[$0]) \($0.rawValue)" }
        return parts.isEmpty ? "none" : parts.joined(separator: ", ")
    }

    /// Whether a trial with this status counts towards metric statistics (it finished
    /// training; diverged and failed trials have no meaningful final metrics).
    static func counts(_ status: TrialOutcome.Status) -> Bool {
        status == .ok || status == .stopped
    }
}
