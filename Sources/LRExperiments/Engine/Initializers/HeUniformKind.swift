import LREngine

/// `he_uniform`: `HeUniform` with the ReLU gain √2 (the rule's own, not a key).
struct HeUniformKind: FixedInitializerKind {
    static let name = "he_uniform"
    static let doc = "He et al. (2015), uniform (torch kaiming_uniform_, fan_in, relu)."
    static let gain = 2.0.squareRoot()

    func weights(training: Dataset?) -> any Initializer { HeUniform(gain: Self.gain) }
}
