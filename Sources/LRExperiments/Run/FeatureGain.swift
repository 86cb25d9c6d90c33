/// What `entropy_gain` measured for one input feature of the training part: its information
/// gain about the target (nats) and the scale of its first-layer weight column, before the
/// variance-preserving rescale (see `EntropyGain`).
public struct FeatureGain: Sendable, Equatable {
    public var name: String
    public var informationGain: Double
    public var scale: Double

    public init(name: String, informationGain: Double, scale: Double) {
        self.name = name
        self.informationGain = informationGain
        self.scale = scale
    }
}
