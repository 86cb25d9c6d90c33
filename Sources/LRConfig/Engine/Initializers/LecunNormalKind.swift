import LREngine

/// `lecun_normal`: `LecunNormal` with gain 1 (the rule's own, not a key).
package struct LecunNormalKind: FixedInitializerKind {
    package init() {}

    package static let name = "lecun_normal"
    package static let doc = "LeCun et al. (1998), normal with variance 1/fan_in."
    package static let gain = 1.0

    package func weights(training: Dataset?) -> any Initializer { LecunNormal(gain: Self.gain) }
}
