/// How the learning rate changes over training (`schedule:`). Key names follow
/// `torch.optim.lr_scheduler` (see `shared/reference/torch-schedules.json`).
public struct ScheduleConfig: Sendable, Hashable {
    /// The registry of schedule kinds.
    public enum Kind: String, Sendable, CaseIterable {
        case constant, step, multistep, exponential, polynomial, linear, cosine
        case cosineRestarts = "cosine_restarts", cyclic, oneCycle = "one_cycle", plateau
        case annealing, bandit, sequence
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
    /// The kind's own parameters, typed, with PyTorch's defaults filled in.
    public var parameters: ScheduleParameters

    public init(kind: Kind, interval: Interval, warmup: Warmup?, parameters: ScheduleParameters) {
        self.kind = kind
        self.interval = interval
        self.warmup = warmup
        self.parameters = parameters
    }

    /// A constant rate, ticking per step, without warmup (the default schedule).
    public static let constant = ScheduleConfig(kind: .constant, interval: .step, warmup: nil, parameters: .constant)

    /// The children of a `sequence`, empty for other kinds.
    public var schedules: [ScheduleConfig] {
        if case .sequence(_, let children) = parameters { children } else { [] }
    }
}
