import LREngine

/// `xavier_uniform`: `XavierUniform` scaled by `gain`.
struct XavierUniformKind: GainInitializerKind {
    static let name = "xavier_uniform"
    static let doc = "Glorot & Bengio (2010), uniform."

    var gain: Double

    static func rule(gain: Double) -> XavierUniform { XavierUniform(gain: gain) }
}
