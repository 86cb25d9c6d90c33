/// A classic optimisation test problem: f(x) and its gradient, in Double.
public protocol ObjectiveFunction: Sendable {
    /// The name used in experiment files (`model.name`).
    var name: String { get }

    /// Throws when the function is not defined for points of this dimension.
    func validate(dimension: Int) throws(ModelError)

    /// f(x), with ∇f(x) written into `gradient` (same count as `x`, overwritten).
    func evaluate(_ x: [Double], gradient: inout [Double]) -> Double

    /// The global minimisers in `dimension` coordinates (every one, where there are several),
    /// for marking on plots; a published approximation where they have no closed form.
    func minima(dimension: Int) -> [[Double]]
}

extension ObjectiveFunction {
    /// None known: a function that does not state its minimisers marks none.
    public func minima(dimension: Int) -> [[Double]] { [] }
}
