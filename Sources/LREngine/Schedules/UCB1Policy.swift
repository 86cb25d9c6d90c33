/// UCB1 (Auer, Cesa-Bianchi & Fischer, 2002, "Finite-time Analysis of the Multiarmed Bandit
/// Problem"): try every arm once, in index order; then pick the arm maximising
///
///     x̄ₐ + c·√(2·ln n / nₐ)
///
/// where `x̄ₐ` is arm `a`'s mean reward, `nₐ` how often it was rewarded and `n` the rewards so
/// far. With rewards in [0, 1] and `c = 1` this is the paper's UCB1; `c` scales exploration.
/// Ties go to the lowest index, so the choice is deterministic.
public struct UCB1Policy: Sendable, Equatable {
    public let exploration: Double
    /// Rewards received per arm.
    public private(set) var counts: [Int]
    /// Sum of rewards per arm, added in arrival order.
    public private(set) var sums: [Double]

    public init(arms: Int, exploration: Double) {
        self.exploration = exploration
        counts = Array(repeating: 0, count: arms)
        sums = Array(repeating: 0, count: arms)
    }

    /// Total rewards received.
    public var total: Int { counts.reduce(0, +) }

    /// The next arm: the first untried one, else the highest upper confidence bound.
    public func choose() -> Int {
        if let untried = counts.firstIndex(of: 0) { return untried }
        let logTotal = _log(Double(total))
        var best = 0
        var bestIndex = -Double.infinity
        for arm in counts.indices {
            let n = Double(counts[arm])
            let index = sums[arm] / n + exploration * (2 * logTotal / n).squareRoot()
            if index > bestIndex {
                best = arm
                bestIndex = index
            }
        }
        return best
    }

    /// Credits `reward` (in [0, 1]) to `arm`.
    public mutating func reward(_ reward: Double, to arm: Int) {
        counts[arm] += 1
        sums[arm] += reward
    }
}
