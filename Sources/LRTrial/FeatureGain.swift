/// What `entropy_gain` measured for one input feature of the training part: its information
/// gain about the target (nats) and the scale of its first-layer weight column, before the
/// variance-preserving rescale (see `EntropyGain`).
package struct FeatureGain: Sendable, Equatable {
    package var name: String
    package var informationGain: Double
    package var scale: Double

    package init(name: String, informationGain: Double, scale: Double) {
        self.name = name
        self.informationGain = informationGain
        self.scale = scale
    }
}
