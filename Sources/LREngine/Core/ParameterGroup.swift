/// A per-layer rate: the flat index ranges it covers, the factor on the scheduled rate and an
/// optional weight decay replacing the optimizer's. Built from `param_groups` (first match wins);
/// indices no group claims use `lrScale` 1 and the optimizer's own weight decay.
public struct ParameterGroup: Sendable, Equatable {
    public var ranges: [Range<Int>]
    public var lrScale: Double
    public var weightDecay: Double?

    public init(ranges: [Range<Int>], lrScale: Double = 1, weightDecay: Double? = nil) {
        self.ranges = ranges
        self.lrScale = lrScale
        self.weightDecay = weightDecay
    }

    /// One group over all of `parameters`, with the optimizer's own settings.
    public static func all(_ parameters: ParameterSet) -> [ParameterGroup] {
        [ParameterGroup(ranges: [0..<parameters.count])]
    }
}
