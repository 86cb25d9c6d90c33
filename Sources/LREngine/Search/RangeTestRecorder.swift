/// Collects a range test's curve and applies its stop rule (fastai's `LRFinder`): stop once
/// the smoothed loss exceeds `divergenceFactor` (4) times its minimum so far, or is not
/// finite, or after `steps` updates. The factor rule is written `s − m > (k − 1)·|m|` (`s` the
/// smoothed loss, `m` its minimum, `k` the factor): for losses ≥ 0 that is fastai's `s > k·m`,
/// and a function model whose values go negative still stops on a rise, not at once.
public struct RangeTestRecorder: Sendable, Equatable {
    /// Why a range test ended.
    public enum Stop: String, Sendable, Equatable {
        /// Every planned update ran.
        case completed
        /// The smoothed loss exceeded `divergenceFactor` times its minimum.
        case lossExploded = "loss_exploded"
        /// The smoothed loss was not finite.
        case nonFinite = "non_finite"
        /// The trainer refused an update (a non-finite gradient, a loss above `loss_above`).
        case diverged
    }

    public let steps: Int
    public let divergenceFactor: Double
    public private(set) var points: [RangeTestPoint] = []
    /// Why recording stopped; nil while it goes on.
    public private(set) var stop: Stop?
    private var smoother: LossSmoother
    private var best = Double.infinity

    public init(steps: Int, beta: Double = 0.98, divergenceFactor: Double = 4) {
        self.steps = steps
        self.divergenceFactor = divergenceFactor
        smoother = LossSmoother(beta: beta)
        points.reserveCapacity(min(max(steps, 0), 1 << 20))
    }

    /// Records one update; returns whether the test should go on.
    public mutating func record(lr: Double, loss: Double) -> Bool {
        guard stop == nil else { return false }
        let smoothed = smoother.add(loss)
        points.append(RangeTestPoint(step: points.count + 1, lr: lr, loss: loss, smoothedLoss: smoothed))
        if !smoothed.isFinite {
            stop = .nonFinite
        } else {
            best = min(best, smoothed)
            if smoothed - best > (divergenceFactor - 1) * abs(best) {
                stop = .lossExploded
            } else if points.count >= steps {
                stop = .completed
            }
        }
        return stop == nil
    }
}
