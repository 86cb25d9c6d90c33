/// How `lrlab diff` compares numbers and what it reports.
package struct DiffOptions: Sendable, Equatable {
    /// What makes the command exit 1.
    package enum FailOn: String, Sendable, CaseIterable {
        /// Any difference.
        case change
        /// The objective moved the wrong way beyond tolerance (in a trial or in the best), or a
        /// status got worse.
        case regression
    }

    /// Absolute tolerance: |a − b| ≤ atol + rtol·|b| counts as unchanged.
    package var atol: Double
    /// Relative tolerance, relative to the new value.
    package var rtol: Double
    /// Show unchanged values too.
    package var all: Bool
    /// Significant digits of printed numbers (JSON included); nil means shortest round-trip.
    package var precision: Int?
    package var failOn: FailOn
    /// Show each trial's metrics and curves (text and markdown; JSON always has them).
    package var trials: Bool
    /// The `--plots` page's loss smoothing weight in [0, 1) (``Smoothing/ema(_:weight:)``);
    /// nil draws the raw loss.
    package var smoothing: Double?

    package init(
        atol: Double = 0, rtol: Double = 0, all: Bool = false, precision: Int? = nil, failOn: FailOn = .change,
        trials: Bool = false, smoothing: Double? = nil
    ) {
        self.smoothing = smoothing
        self.atol = atol
        self.rtol = rtol
        self.all = all
        self.precision = precision
        self.failOn = failOn
        self.trials = trials
    }

    /// Whether `old` and `new` are equal within tolerance (NaN equals NaN, nil equals nil).
    package func same(_ old: Double?, _ new: Double?) -> Bool {
        switch (old, new) {
        case (nil, nil): return true
        case (let a?, let b?):
            if a == b || (a.isNaN && b.isNaN) { return true }
            guard a.isFinite, b.isFinite else { return false }
            return abs(a - b) <= atol + rtol * abs(b)
        default: return false
        }
    }
}
