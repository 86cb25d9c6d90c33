import LREngine

/// `xavier_normal`: `XavierNormal` scaled by `gain`.
package struct XavierNormalKind: GainInitializerKind {
    package static let name = "xavier_normal"
    package static let doc = "Glorot & Bengio (2010), normal."

    package var gain: Double

    package init(gain: Double) { self.gain = gain }

    package static func rule(gain: Double) -> XavierNormal { XavierNormal(gain: gain) }
}
