/// How the learning rate changes over training (`schedule:`). Key names follow
/// `torch.optim.lr_scheduler` (see `shared/reference/torch-schedules.json`).
public struct ScheduleConfig: Sendable, Hashable {
    /// The registry of schedule kinds.
    public enum Kind: String, Sendable, CaseIterable {
        case constant, step, multistep, exponential, polynomial, linear, cosine
        case cosineRestarts = "cosine_restarts", cyclic, oneCycle = "one_cycle", plateau
        case annealing, sequence
    }

    /// When the schedule advances.
    public enum Interval: String, Sendable, CaseIterable {
        /// After every optimizer update (batch).
        case step
        /// After every epoch.
        case epoch
    }

    /// A linear ramp in front of the schedule.
    public struct Warmup: Sendable, Hashable {
        /// Length of the ramp in schedule ticks.
        public var steps: Int
        /// Factor of the rate at the first tick; rises linearly to 1.
        public var startFactor: Double

        public init(steps: Int, startFactor: Double) {
            self.steps = steps
            self.startFactor = startFactor
        }
    }

    public var kind: Kind
    public var interval: Interval
    public var warmup: Warmup?
    /// Every other key as written or defaulted for this kind (numbers, names, lists), by key.
    public var parameters: [String: ScheduleValue]
    /// The children of a `sequence`.
    public var schedules: [ScheduleConfig]

    public func number(_ key: String) -> Double? {
        switch parameters[key] {
        case .number(let d)?: d
        case .integer(let i)?: Double(i)
        default: nil
        }
    }

    public func integer(_ key: String) -> Int? {
        if case .integer(let i)? = parameters[key] { i } else { nil }
    }

    public func name(_ key: String) -> String? {
        if case .name(let s)? = parameters[key] { s } else { nil }
    }

    public func flag(_ key: String) -> Bool? {
        if case .flag(let b)? = parameters[key] { b } else { nil }
    }

    public func integers(_ key: String) -> [Int]? {
        if case .integers(let v)? = parameters[key] { v } else { nil }
    }
}

/// One schedule parameter value.
public enum ScheduleValue: Sendable, Hashable {
    case integer(Int)
    case number(Double)
    case name(String)
    case flag(Bool)
    case integers([Int])
}
