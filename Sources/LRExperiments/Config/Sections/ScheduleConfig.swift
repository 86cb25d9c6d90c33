/// How the learning rate changes over training (`schedule:`). Key names follow
/// `torch.optim.lr_scheduler` (see `shared/reference/torch-schedules.json`).
public struct ScheduleConfig: Sendable, Equatable {
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

    /// The kind with its typed parameters (one of ``ScheduleKinds/all``).
    var kind: any ScheduleKind
    public var interval: Interval
    public var warmup: Warmup?

    init(kind: any ScheduleKind, interval: Interval = .step, warmup: Warmup? = nil) {
        self.kind = kind
        self.interval = interval
        self.warmup = warmup
    }

    /// The YAML name of the kind (`one_cycle`).
    public var name: String { kind.name }

    /// A constant rate, ticking per step, without warmup (the default schedule).
    public static let constant = ScheduleConfig(kind: ConstantScheduleKind())

    /// The children of a `sequence`, empty for other kinds.
    public var schedules: [ScheduleConfig] {
        (kind as? SequenceScheduleKind)?.schedules ?? []
    }

    public static func == (a: ScheduleConfig, b: ScheduleConfig) -> Bool {
        a.kind.isSame(as: b.kind) && a.interval == b.interval && a.warmup == b.warmup
    }
}
