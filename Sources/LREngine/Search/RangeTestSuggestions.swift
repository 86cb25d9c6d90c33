/// Rates suggested from a range test's (rate, smoothed loss) curve, as fastai's `lr_find`
/// suggestion functions (fastai 2.7, `fastai/callback/schedule.py`).
///
/// As fastai does, the suggestions read the curve without its first tenth of the planned
/// steps and its last 5 points (the start is flat, the end is the blow-up), and only up to
/// the first non-finite loss; when fewer than 3 points remain they read the whole finite
/// curve. Each is nil when fewer than 2 points (minimum: 1) are left.
///
/// - `minimum`: the rate at the lowest smoothed loss, divided by 10.
/// - `steepest`: the rate where the smoothed loss falls fastest per decade of rate. The slope
///   at point i is a central difference in log₁₀ rate,
///   `gᵢ = (Lᵢ₊₁ − Lᵢ₋₁) / (log₁₀ lrᵢ₊₁ − log₁₀ lrᵢ₋₁)`, with one-sided differences at the two
///   ends (`numpy.gradient`'s first-order edges); the most negative `gᵢ` wins, the first on
///   ties. (fastai's `steep` uses forward differences in ln lr; central differences centre
///   the slope on the point whose rate is reported.)
/// - `valley`: fastai's `valley`. `dᵢ` is the length of the longest strictly decreasing
///   subsequence of losses ending at point i (O(n²) dynamic programme); the valley ends at
///   the first i with the largest `dᵢ` and starts at `end − d_end` (with `d_end` as it stood
///   when `end` took the lead inside the inner loop, as fastai's code has it); with `s = (end − start)/3`
///   the suggestion is the rate at `start + ⌊s⌋ + ⌊s/2⌋`, about half-way down the valley
///   (fastai's comment says "2/3"; its code — reproduced here — lands at ½). The index is
///   clamped to the curve (fastai's start can be −1, which Python would read as the last point).
public struct RangeTestSuggestions: Sendable, Equatable {
    public var minimum: Double?
    public var steepest: Double?
    public var valley: Double?

    public init(minimum: Double?, steepest: Double?, valley: Double?) {
        self.minimum = minimum
        self.steepest = steepest
        self.valley = valley
    }

    /// The suggestions for a recorded curve of a test planned for `plannedSteps` updates.
    public init(points: [RangeTestPoint], plannedSteps: Int) {
        let (lrs, losses) = RangeTestSuggestions.trimmed(points, plannedSteps: plannedSteps)
        self.init(
            minimum: RangeTestSuggestions.minimum(lrs: lrs, losses: losses),
            steepest: RangeTestSuggestions.steepest(lrs: lrs, losses: losses),
            valley: RangeTestSuggestions.valley(lrs: lrs, losses: losses))
    }

    /// The part of the curve the suggestions read (see the type's documentation).
    static func trimmed(_ points: [RangeTestPoint], plannedSteps: Int) -> (lrs: [Double], losses: [Double]) {
        let finite = points.prefix { $0.smoothedLoss.isFinite && $0.lr > 0 && $0.lr.isFinite }
        var part = ArraySlice(finite)
        let head = max(plannedSteps, 0) / 10
        if finite.count - head - 5 >= 3 {
            part = finite[head..<(finite.count - 5)]
        }
        return (part.map(\.lr), part.map(\.smoothedLoss))
    }

    /// The rate at the lowest loss (the first on ties), divided by 10.
    public static func minimum(lrs: [Double], losses: [Double]) -> Double? {
        guard let best = losses.indices.min(by: { losses[$0] < losses[$1] }) else { return nil }
        return lrs[best] / 10
    }

    /// The rate at the most negative central-difference slope of loss against log₁₀ rate.
    public static func steepest(lrs: [Double], losses: [Double]) -> Double? {
        let slopes = slopes(lrs: lrs, losses: losses)
        var best: Int?
        for i in slopes.indices where slopes[i].isFinite {
            if best.map({ slopes[i] < slopes[$0] }) ?? true { best = i }
        }
        return best.map { lrs[$0] }
    }

    /// `dL/d log₁₀ lr` at every point: central inside, one-sided at the ends.
    public static func slopes(lrs: [Double], losses: [Double]) -> [Double] {
        let n = losses.count
        guard n >= 2 else { return [] }
        let x = lrs.map { _log($0) / _log(10) }
        return (0..<n).map { i in
            let (a, b) = (max(i - 1, 0), min(i + 1, n - 1))
            return (losses[b] - losses[a]) / (x[b] - x[a])
        }
    }

    /// fastai's valley suggestion.
    public static func valley(lrs: [Double], losses: [Double]) -> Double? {
        let n = losses.count
        guard n >= 2 else { return nil }
        var lengths = [Int](repeating: 1, count: n)
        var end = 0
        var start = 0
        for i in 1..<n {
            for j in 0..<i {
                if losses[i] < losses[j] && lengths[i] < lengths[j] + 1 { lengths[i] = lengths[j] + 1 }
                // Inside the inner loop, as in fastai: `start` keeps the length `i` had when it
                // first became the longest, which parity with fastai's suggestions needs.
                if lengths[end] < lengths[i] {
                    end = i
                    start = end - lengths[end]
                }
            }
        }
        let sections = Double(end - start) / 3
        let index = start + Int(sections) + Int(sections / 2)
        return lrs[min(max(index, 0), n - 1)]
    }
}
