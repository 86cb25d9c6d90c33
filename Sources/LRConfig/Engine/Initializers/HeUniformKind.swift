import LREngine

/// `he_uniform`: `HeUniform` with the ReLU gain √2 (the rule's own, not a key).
package struct HeUniformKind: FixedInitializerKind {
    package init() {}

    package static let name = "he_uniform"
    package static let doc = "He et al. (2015), uniform (torch kaiming_uniform_, fan_in, relu)."
    package static let gain = 2.0.squareRoot()

    package func weights(training: Dataset?) -> any Initializer { HeUniform(gain: Self.gain) }
}
