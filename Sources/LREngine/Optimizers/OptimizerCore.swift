/// What every elementwise optimizer keeps besides its own buffers: the rate it last applied and
/// its parameter segments (groups resolved to index ranges with their scale and decay).
struct OptimizerCore: Sendable {
    /// The base rate of the last step (scheduled, or learned by a hypergradient variant); nil
    /// before the first step, when the options' rate stands in.
    var appliedLR: Double?
    /// The momentum or β₁ of the last step; nil for optimizers without one.
    var appliedMomentum: Double?
    private(set) var segments = ParameterSegments()

    /// Takes one step's groups and scheduled rate; returns the segments to update.
    mutating func begin(
        groups: [ParameterGroup], count: Int, weightDecay: Double, lr: Double
    ) -> [ParameterSegments.Segment] {
        segments.update(groups: groups, count: count, weightDecay: weightDecay)
        appliedLR = lr
        return segments.segments
    }

    /// The segments of the last step, each with its rate (`appliedLR · lrScale`), for
    /// `effectiveRates(into:)`; resizes `rates` to `count`.
    func lastSegmentRates(resizing rates: inout [Float], count: Int) -> [(range: Range<Int>, rate: Double)] {
        if rates.count != count { rates = [Float](repeating: 0, count: count) }
        let base = appliedLR ?? 0
        return segments.segments.map { ($0.range, base * $0.lrScale) }
    }
}
