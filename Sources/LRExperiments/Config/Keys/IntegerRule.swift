/// The range an integer must lie in.
struct IntegerRule: Sendable, Hashable {
    var min: Int?
    var max: Int?

    static let any = IntegerRule()
    static let positive = IntegerRule(min: 1)
    static let nonNegative = IntegerRule(min: 0)

    func accepts(_ x: Int) -> Bool {
        if let min, x < min { return false }
        if let max, x > max { return false }
        return true
    }

    var phrase: String {
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
