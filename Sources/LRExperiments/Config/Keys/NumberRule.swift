/// The range a finite number must lie in.
struct NumberRule: Sendable, Hashable {
    var min: Double?
    var minExclusive = false
    var max: Double?
    var maxExclusive = false

    static let finite = NumberRule()
    static let positive = NumberRule(min: 0, minExclusive: true)
    static let nonNegative = NumberRule(min: 0)
    /// `[0, 1]`.
    static let unit = NumberRule(min: 0, max: 1)
    /// `[0, 1)`, e.g. Adam's betas.
    static let unitOpenAbove = NumberRule(min: 0, max: 1, maxExclusive: true)
    /// `(0, 1]`, e.g. a warmup start factor.
    static let unitOpenBelow = NumberRule(min: 0, minExclusive: true, max: 1)
    /// `(0, 1)`.
    static let unitOpen = NumberRule(min: 0, minExclusive: true, max: 1, maxExclusive: true)

    func accepts(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        if let min, minExclusive ? !(x > min) : !(x >= min) { return false }
        if let max, maxExclusive ? !(x < max) : !(x <= max) { return false }
        return true
    }

    /// "a positive number", "a number in [0, 1)", …
    var phrase: String {
        switch (min, max) {
        case (nil, nil): return "a finite number"
        case (0?, nil): return minExclusive ? "a positive number" : "a non-negative number"
        case (let lo?, nil): return "a number \(minExclusive ? ">" : ">=") \(Self.show(lo))"
        case (nil, let hi?): return "a number \(maxExclusive ? "<" : "<=") \(Self.show(hi))"
        case (let lo?, let hi?):
            return "a number in \(minExclusive ? "(" : "[")\(Self.show(lo)), \(Self.show(hi))\(maxExclusive ? ")" : "]")"
        }
    }

    static func show(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : "\(x)"
    }
}
