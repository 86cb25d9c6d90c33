import LREngine

/// `he_normal`: `HeNormal` with the ReLU gain √2 (the rule's own, not a key).
package struct HeNormalKind: FixedInitializerKind {
    package init() {}

    package static let name = "he_normal"
    package static let doc = "He et al. (2015), normal (torch kaiming_normal_, fan_in, relu)."
    package static let gain = 2.0.squareRoot()

    package func weights(training: Dataset?) -> any Initializer { HeNormal(gain: Self.gain) }
}
