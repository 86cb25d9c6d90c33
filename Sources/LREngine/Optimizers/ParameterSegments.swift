/// The parameter groups of a step flattened into disjoint runs of indices, each with the
/// rate factor and weight decay that apply to it.
///
/// Groups claim indices first-match-wins; indices no group claims form runs with `lrScale` 1
/// and the optimizer's own weight decay, so every parameter is updated exactly once. Built on
/// the first step and rebuilt only when the groups change, so steady steps allocate nothing.
struct ParameterSegments: Sendable {
    /// A run of consecutive indices sharing one group's settings.
    struct Segment: Sendable, Equatable {
        var range: Range<Int>
        var lrScale: Double
        var weightDecay: Double
    }

    private(set) var segments: [Segment] = []
    private var groups: [ParameterGroup] = []
    private var count = -1
    private var defaultWeightDecayBits: UInt64 = 0

    /// Rebuilds the runs when `groups`, the parameter count or the default decay changed.
    mutating func update(groups: [ParameterGroup], count: Int, weightDecay: Double) {
        if count == self.count && weightDecay.bitPattern == defaultWeightDecayBits
            && groups == self.groups
        {
            return
        }
        self.groups = groups
        self.count = count
        defaultWeightDecayBits = weightDecay.bitPattern
        segments = ParameterSegments.build(groups: groups, count: count, weightDecay: weightDecay)
    }

    private static func build(groups: [ParameterGroup], count: Int, weightDecay: Double)
        -> [Segment]
    {
        var owner = [Int](repeating: -1, count: count)
        for (index, group) in groups.enumerated() {
            for range in group.ranges {
                let lower = max(0, range.lowerBound)
                let upper = min(count, range.upperBound)
                guard lower < upper else { continue }
                for i in lower..<upper where owner[i] < 0 { owner[i] = index }
            }
        }
        var result: [Segment] = []
        var start = 0
        while start < count {
            var end = start + 1
            while end < count && owner[end] == owner[start] { end += 1 }
            let group = owner[start] >= 0 ? groups[owner[start]] : nil
            result.append(
                Segment(
                    range: start..<end,
                    lrScale: group?.lrScale ?? 1,
                    weightDecay: group?.weightDecay ?? weightDecay))
            start = end
        }
        return result
    }
}
