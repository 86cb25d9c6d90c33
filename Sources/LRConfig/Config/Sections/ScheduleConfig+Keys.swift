/// The key table of `schedule:`, merged from the kinds in ``ScheduleKinds/all``, and its
/// decoding.
package enum ScheduleKeys {
    /// A count of ticks: at most what the engine's schedules accept (``Limits/maxTicks``).
    package static let ticks = IntegerRule(min: 1, max: Limits.maxTicks)

    /// The layout of the merged keys in the reference and the schema (see ``KindTable``).
    package static let order = [
        "step_size", "step_size", "gamma", "milestones", "total_steps", "power", "start_factor", "end_factor",
        "t_max", "eta_min", "t_0", "t_mult", "base_lr", "max_lr", "step_size_up", "step_size_down", "mode", "mode",
        "cycle_momentum", "base_momentum", "max_momentum", "pct_start", "anneal", "div_factor", "final_div_factor",
        "three_phase", "monitor", "factor", "patience", "threshold", "threshold_mode", "cooldown", "min_lr",
        "initial_temperature", "cooling", "cooling_rate", "proposal_interval", "arms", "policy", "decision_interval",
        "exploration", "gamma", "schedules",
    ]

    package static let kinds = ScheduleKinds.all.map { SectionSpec.Kind(name: $0.name, doc: $0.doc) }

    package static let section = SectionSpec(
        .schedule, doc: "How the learning rate changes; names follow torch.optim.lr_scheduler.",
        discriminator: "kind", family: "schedule", kinds: kinds, keys: keys(nested: false))

    /// A child of a `sequence`: the same keys without `interval` and `warmup`.
    package static let nested = SectionSpec(
        .nestedSchedule, doc: "A schedule inside a sequence (interval and warmup belong to the sequence).",
        discriminator: "kind", family: "schedule", kinds: kinds, keys: keys(nested: true))

    package static let warmup = SectionSpec(
        .warmup, doc: "A linear ramp of the rate in front of the schedule.",
        keys: [
            KeySpec("steps", .integer(ticks), "Length of the ramp in ticks.", required: .always),
            KeySpec("start_factor", .number(.unitOpenBelow), "Factor at the first tick.", default: .number(0.01)),
        ])

    package static func keys(nested: Bool) -> [KeySpec] {
        var keys = [KeySpec("kind", .choice(ScheduleKinds.names, what: "schedule"), "The schedule kind.", required: .always)]
        if !nested {
            let epochKinds = ScheduleKinds.all.filter { $0.defaultInterval != .step }
            keys += [
                KeySpec("interval", .choice(ScheduleConfig.Interval.allCases.map(\.rawValue), what: "interval"),
                        "When the schedule ticks: every update (step) or every epoch.",
                        default: .string(ScheduleConfig.Interval.step.rawValue),
                        kindDefaults: epochKinds.map { .init(kind: $0.name, value: .string($0.defaultInterval.rawValue)) }),
                KeySpec("warmup", .section(.warmup), "A linear warmup in front of the schedule."),
            ]
        }
        let members = ScheduleKinds.all.map { KindTable.Member(kind: $0.name, keys: $0.keys) }
        return keys + KindTable.keys(members, order: order)
    }

    /// Builds the typed value; each kind checks the relations between its keys.
    package static func decode(_ f: Fields, reader: inout SectionReader) -> ScheduleConfig? {
        guard let name = f.kind, let type = ScheduleKinds.named(name) else { return nil }
        let kind = type.init(f, reader: &reader)
        let warmup = f.sections["warmup"].flatMap { w in
            w.double("start_factor").map { ScheduleConfig.Warmup(steps: w.int("steps") ?? 1, startFactor: $0) }
        }
        let interval = f.spec.id == .schedule ? f.choice("interval", as: ScheduleConfig.Interval.self) : .step
        guard let kind, let interval else { return nil }
        return ScheduleConfig(kind: kind, interval: interval, warmup: warmup)
    }
}
