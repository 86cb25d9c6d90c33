import LREngine

/// One `schedule.kind`: its YAML name and doc line, its keys (the only copy of its defaults),
/// its decoding with the checks between its keys, and the engine schedule it builds. The kind
/// value holds the typed parameters. ``ScheduleKinds/all`` lists every kind.
package protocol ScheduleKind: Sendable, Equatable {
    static var name: String { get }
    static var doc: String { get }
    static var keys: [KindKey] { get }
    /// The `interval` the kind ticks at when the file names none.
    static var defaultInterval: ScheduleConfig.Interval { get }

    /// The typed parameters from checked fields; relations between keys are checked here.
    /// Nil when a value is invalid (the file then has an error already).
    init?(_ f: Fields, reader: inout SectionReader)

    /// The engine schedule; lengths the file leaves out are `context.length`.
    func make(_ context: ScheduleContext) throws -> any LRSchedule

    /// The metric the schedule watches, nil when it watches none.
    var monitor: TrainConfig.Metric? { get }
}

extension ScheduleKind {
    package static var defaultInterval: ScheduleConfig.Interval { .step }
    package var monitor: TrainConfig.Metric? { nil }
    package var name: String { Self.name }

    package func isSame(as other: any ScheduleKind) -> Bool { (other as? Self) == self }
}

/// The registry of schedule kinds, in documentation order: adding a schedule is its engine
/// type, its kind file and one line here.
package enum ScheduleKinds {
    package static let all: [any ScheduleKind.Type] = [
        ConstantScheduleKind.self,
        StepScheduleKind.self,
        MultiStepScheduleKind.self,
        ExponentialScheduleKind.self,
        PolynomialScheduleKind.self,
        LinearScheduleKind.self,
        CosineScheduleKind.self,
        CosineRestartsScheduleKind.self,
        CyclicScheduleKind.self,
        OneCycleScheduleKind.self,
        PlateauScheduleKind.self,
        AnnealingScheduleKind.self,
        BanditScheduleKind.self,
        SequenceScheduleKind.self,
    ]

    package static let names = all.map { $0.name }

    package static func named(_ name: String) -> (any ScheduleKind.Type)? {
        all.first { $0.name == name }
    }
}

/// Keys several schedule kinds share; each kind adds its own default.
extension KindKey {
    package static let gamma = KindKey("gamma", .number(.positive), "Multiplicative factor.")
    package static let milestones = KindKey(
        "milestones", .list(.integer(.positive), minCount: 1, increasing: true),
        "Ticks at which to decay (multistep) or switch schedules (sequence).")
    package static let totalSteps = KindKey(
        "total_steps", .integer(ScheduleKeys.ticks), "Length of the schedule in ticks (default: the run's length).")
    package static let etaMin = KindKey("eta_min", .number(.nonNegative), "Lowest rate.")
    package static let maxLR = KindKey(
        "max_lr", .number(.positive), "Upper rate of the cycle (annealing, bandit: upper bound).")
    package static let minLR = KindKey("min_lr", .number(.nonNegative), "Lowest rate.")
    package static let cycleMomentum = KindKey(
        "cycle_momentum", .bool, "Cycle momentum (SGD) or beta1 (Adam) inversely to the rate.")
    package static let baseMomentum = KindKey("base_momentum", .number(.unitOpenAbove), "Lower momentum of the cycle.")
    package static let maxMomentum = KindKey("max_momentum", .number(.unitOpenAbove), "Upper momentum of the cycle.")
}
