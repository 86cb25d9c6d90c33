import LREngine

/// `xavier_uniform`: `XavierUniform` scaled by `gain`.
package struct XavierUniformKind: GainInitializerKind {
    package static let name = "xavier_uniform"
    package static let doc = "Glorot & Bengio (2010), uniform."

    package var gain: Double

    package init(gain: Double) { self.gain = gain }

    package static func rule(gain: Double) -> XavierUniform { XavierUniform(gain: gain) }
}
