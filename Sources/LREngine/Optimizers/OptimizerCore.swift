/// What every optimizer in this folder keeps besides its own buffers: the rate it last applied
/// and its parameter segments (groups resolved to index ranges with their scale and decay).
struct OptimizerCore: Sendable {
    /// The scheduled rate of the last step, or the learned one a hypergradient variant set.
    var appliedLR: Double
    private var segments = ParameterSegments()

    init(lr: Double) { appliedLR = lr }

    /// Takes one step's groups and scheduled rate; returns the segments to update.
    mutating func begin(
        groups: [ParameterGroup], count: Int, weightDecay: Double, lr: Double
    ) -> [ParameterSegments.Segment] {
        segments.update(groups: groups, count: count, weightDecay: weightDecay)
        appliedLR = lr
        return segments.segments
    }
}
