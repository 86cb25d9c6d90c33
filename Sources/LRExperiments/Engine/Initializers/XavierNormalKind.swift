import LREngine

/// `xavier_normal`: `XavierNormal` scaled by `gain`.
struct XavierNormalKind: GainInitializerKind {
    static let name = "xavier_normal"
    static let doc = "Glorot & Bengio (2010), normal."

    var gain: Double

    static func rule(gain: Double) -> XavierNormal { XavierNormal(gain: gain) }
}
