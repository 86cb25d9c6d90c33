import LREngine

/// `he_normal`: `HeNormal` with the ReLU gain √2 (the rule's own, not a key).
struct HeNormalKind: FixedInitializerKind {
    static let name = "he_normal"
    static let doc = "He et al. (2015), normal (torch kaiming_normal_, fan_in, relu)."
    static let gain = 2.0.squareRoot()

    func weights(training: Dataset?) -> any Initializer { HeNormal(gain: Self.gain) }
}
