import LREngine

/// `orthogonal`: `Orthogonal` scaled by `gain`.
package struct OrthogonalKind: GainInitializerKind {
    package static let name = "orthogonal"
    package static let doc = "Saxe et al. (2014), a (semi-)orthogonal matrix times gain."

    package var gain: Double

    package init(gain: Double) { self.gain = gain }

    package static func rule(gain: Double) -> Orthogonal { Orthogonal(gain: gain) }
}
