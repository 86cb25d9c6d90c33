/// Tracks the monitored metric for `EarlyStopping`: counts epochs (or steps) without an
/// improvement larger than `minDelta` and says when `patience` of them have passed.
public struct EarlyStopper: Sendable {
    public let rule: EarlyStopping
    public private(set) var best: Double?
    private(set) var wait = 0

    public init(_ rule: EarlyStopping) { self.rule = rule }

    /// Records `value`; true when training should stop. NaN never improves.
    public mutating func shouldStop(after value: Double) -> Bool {
        guard let current = best else {
            if !value.isNaN { best = value } else { wait += 1 }
            return wait >= rule.patience
        }
        let improved = rule.metric.isMaximized
            ? value > current + rule.minDelta
            : value < current - rule.minDelta
        if improved {
            best = value
            wait = 0
        } else {
            wait += 1
        }
        return wait >= rule.patience
    }
}

/// Whether `candidate` beats `incumbent` for `metric` (strictly, so ties keep the earlier one).
func isBetter(_ candidate: Double, than incumbent: Double?, for metric: MonitoredMetric) -> Bool {
    guard !candidate.isNaN else { return false }
    guard let incumbent, !incumbent.isNaN else { return true }
    return metric.isMaximized ? candidate > incumbent : candidate < incumbent
}
