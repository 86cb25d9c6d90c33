import LREngine

/// `lecun_uniform`: `LecunUniform` with gain 1 (the rule's own, not a key).
struct LecunUniformKind: FixedInitializerKind {
    static let name = "lecun_uniform"
    static let doc = "LeCun et al. (1998), uniform with variance 1/fan_in."
    static let gain = 1.0

    func weights(training: Dataset?) -> any Initializer { LecunUniform(gain: Self.gain) }
}
