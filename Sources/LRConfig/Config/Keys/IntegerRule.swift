/// The range an integer must lie in.
package struct IntegerRule: Sendable, Hashable {
    package var min: Int?
    package var max: Int?

    package static let any = IntegerRule()
    package static let positive = IntegerRule(min: 1)
    package static let nonNegative = IntegerRule(min: 0)

    package func accepts(_ x: Int) -> Bool {
        if let min, x < min { return false }
        if let max, x > max { return false }
        return true
    }

    package var phrase: String {
        switch (min, max) {
        case (nil, nil): return "an integer"
        case (1?, nil): return "a positive integer"
        case (0?, nil): return "a non-negative integer"
        case (let lo?, nil): return "an integer >= \(lo)"
        case (nil, let hi?): return "an integer <= \(hi)"
        case (let lo?, let hi?) where lo == hi: return "\(lo)"
        case (1?, let hi?): return "a positive integer <= \(hi)"
        case (let lo?, let hi?): return "an integer in [\(lo), \(hi)]"
        }
    }
}
