import LREngine

/// `orthogonal`: `Orthogonal` scaled by `gain`.
struct OrthogonalKind: GainInitializerKind {
    static let name = "orthogonal"
    static let doc = "Saxe et al. (2014), a (semi-)orthogonal matrix times gain."

    var gain: Double

    static func rule(gain: Double) -> Orthogonal { Orthogonal(gain: gain) }
}
