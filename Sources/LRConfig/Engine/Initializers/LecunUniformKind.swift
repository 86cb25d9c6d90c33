import LREngine

/// `lecun_uniform`: `LecunUniform` with gain 1 (the rule's own, not a key).
package struct LecunUniformKind: FixedInitializerKind {
    package init() {}

    package static let name = "lecun_uniform"
    package static let doc = "LeCun et al. (1998), uniform with variance 1/fan_in."
    package static let gain = 1.0

    package func weights(training: Dataset?) -> any Initializer { LecunUniform(gain: Self.gain) }
}
