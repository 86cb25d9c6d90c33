/// The range a finite number must lie in.
package struct NumberRule: Sendable, Hashable {
    package var min: Double?
    package var minExclusive = false
    package var max: Double?
    package var maxExclusive = false

    package static let finite = NumberRule()
    package static let positive = NumberRule(min: 0, minExclusive: true)
    package static let nonNegative = NumberRule(min: 0)
    /// `[0, 1]`.
    package static let unit = NumberRule(min: 0, max: 1)
    /// `[0, 1)`, e.g. Adam's betas.
    package static let unitOpenAbove = NumberRule(min: 0, max: 1, maxExclusive: true)
    /// `(0, 1]`, e.g. a warmup start factor.
    package static let unitOpenBelow = NumberRule(min: 0, minExclusive: true, max: 1)
    /// `(0, 1)`.
    package static let unitOpen = NumberRule(min: 0, minExclusive: true, max: 1, maxExclusive: true)

    package func accepts(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        if let min, minExclusive ? !(x > min) : !(x >= min) { return false }
        if let max, maxExclusive ? !(x < max) : !(x <= max) { return false }
        return true
    }

    /// "a positive number", "a number in [0, 1)", …
    package var phrase: String {
        switch (min, max) {
        case (nil, nil): return "a finite number"
        case (0?, nil): return minExclusive ? "a positive number" : "a non-negative number"
        case (let lo?, nil): return "a number \(minExclusive ? ">" : ">=") \(Self.show(lo))"
        case (nil, let hi?): return "a number \(maxExclusive ? "<" : "<=") \(Self.show(hi))"
        case (let lo?, let hi?):
            return "a number in \(minExclusive ? "(" : "[")\(Self.show(lo)), \(Self.show(hi))\(maxExclusive ? ")" : "]")"
        }
    }

    package static func show(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }
}
