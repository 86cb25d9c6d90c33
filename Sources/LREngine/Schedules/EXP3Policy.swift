/// EXP3 (Auer, Cesa-Bianchi, Freund & Schapire, 2002, "The Nonstochastic Multiarmed Bandit
/// Problem", §3): with `K` arms and exploration `γ ∈ (0, 1]`,
///
///     pₐ = (1 − γ)·wₐ / Σ w + γ/K
///     draw a ~ p;   observe x ∈ [0, 1];   x̂ₐ = x / pₐ;   wₐ ← wₐ·exp(γ·x̂ₐ / K)
///
/// Weights are kept as logarithms, shifted by their maximum before exponentiation, so long
/// runs never overflow. The draw takes one `uniform()` from the caller's stream and walks the
/// cumulative probabilities in index order.
public struct EXP3Policy: Sendable, Equatable {
    public let gamma: Double
    /// ln wₐ per arm.
    public private(set) var logWeights: [Double]

    public init(arms: Int, gamma: Double) {
        self.gamma = gamma
        logWeights = Array(repeating: 0, count: arms)
    }

    /// The current distribution `p` over arms (sums to 1).
    public var probabilities: [Double] {
        let top = logWeights.max() ?? 0
        let weights = logWeights.map { _exp($0 - top) }
        let total = weights.reduce(0, +)
        let k = Double(logWeights.count)
        return weights.map { (1 - gamma) * $0 / total + gamma / k }
    }

    /// Draws an arm from `p` with one uniform from `random`.
    public func choose(random: inout RandomStream) -> Int {
        let u = random.uniform()
        var cumulative = 0.0
        let p = probabilities
        for arm in p.indices {
            cumulative += p[arm]
            if u < cumulative { return arm }
        }
        return p.count - 1  // rounding left the sum just below 1
    }

    /// Credits `reward` (in [0, 1]) to `arm`, importance-weighted by the arm's probability.
    public mutating func reward(_ reward: Double, to arm: Int) {
        let estimate = reward / probabilities[arm]
        logWeights[arm] += gamma * estimate / Double(logWeights.count)
    }
}
