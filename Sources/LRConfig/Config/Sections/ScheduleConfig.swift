/// How the learning rate changes over training (`schedule:`). Key names follow
/// `torch.optim.lr_scheduler` (see `shared/reference/torch-schedules.json`).
package struct ScheduleConfig: Sendable, Equatable {
    /// When the schedule advances.
    package enum Interval: String, Sendable, CaseIterable {
        /// After every optimizer update (batch).
        case step
        /// After every epoch.
        case epoch
    }

    /// A linear ramp in front of the schedule.
    package struct Warmup: Sendable, Hashable {
        /// Length of the ramp in schedule ticks.
        package var steps: Int
        /// Factor of the rate at the first tick; rises linearly to 1.
        package var startFactor: Double

        package init(steps: Int, startFactor: Double) {
            self.steps = steps
            self.startFactor = startFactor
        }
    }

    /// The kind with its typed parameters (one of ``ScheduleKinds/all``).
    package var kind: any ScheduleKind
    package var interval: Interval
    package var warmup: Warmup?

    package init(kind: any ScheduleKind, interval: Interval = .step, warmup: Warmup? = nil) {
        self.kind = kind
        self.interval = interval
        self.warmup = warmup
    }

    /// The YAML name of the kind (`one_cycle`).
    package var name: String { kind.name }

    /// A constant rate, ticking per step, without warmup (the default schedule).
    package static let constant = ScheduleConfig(kind: ConstantScheduleKind())

    /// The children of a `sequence`, empty for other kinds.
    package var schedules: [ScheduleConfig] {
        (kind as? SequenceScheduleKind)?.schedules ?? []
    }

    package static func == (a: ScheduleConfig, b: ScheduleConfig) -> Bool {
        a.kind.isSame(as: b.kind) && a.interval == b.interval && a.warmup == b.warmup
    }
}
