import LREngine

/// `lecun_normal`: `LecunNormal` with gain 1 (the rule's own, not a key).
struct LecunNormalKind: FixedInitializerKind {
    static let name = "lecun_normal"
    static let doc = "LeCun et al. (1998), normal with variance 1/fan_in."
    static let gain = 1.0

    func weights(training: Dataset?) -> any Initializer { LecunNormal(gain: Self.gain) }
}
