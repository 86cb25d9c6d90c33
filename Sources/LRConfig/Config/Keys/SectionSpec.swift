/// A mapping in the experiment file: its keys and, when it has one, the key naming its kind.
package struct SectionSpec: Sendable {
    /// One accepted value of the discriminator key (an entry of a family's registry).
    package struct Kind: Sendable {
        var name: String
        var doc: String
    }

    package var id: SectionID
    package var doc: String
    /// The key that selects the kind (`kind`, `source`, `method`, `distribution`), if any.
    package var discriminator: String?
    /// Family name used in messages: "'betas' does not apply to optimizer 'sgd'".
    package var family: String
    package var kinds: [Kind]
    package var keys: [KeySpec]

    package init(
        _ id: SectionID, doc: String, discriminator: String? = nil, family: String = "",
        kinds: [Kind] = [], keys: [KeySpec]
    ) {
        self.id = id
        self.doc = doc
        self.discriminator = discriminator
        self.family = family
        self.kinds = kinds
        self.keys = keys
    }

    package var kindNames: [String] { kinds.map(\.name) }

    /// The key names in table order, without repeats.
    package var keyNames: [String] {
        var seen: [String] = []
        for key in keys where !seen.contains(key.name) { seen.append(key.name) }
        return seen
    }

    /// The entry for `name` that applies to `kind` (a key may have a different type per kind).
    package func key(_ name: String, kind: String?) -> KeySpec? {
        let candidates = keys.filter { $0.name == name }
        guard let kind else { return candidates.first }
        return candidates.first { $0.applies(to: kind) }
    }
}

/// Names every section so tables can refer to each other (a `sequence` schedule nests schedules).
package enum SectionID: String, Sendable, CaseIterable {
    case experiment, data, split, model, initializer, optimizer, paramGroup
    case schedule, nestedSchedule, warmup, train, earlyStopping, divergence
    case sweep, distribution, objective, epochsTo, output, executor, trainer

    package var spec: SectionSpec {
        switch self {
        case .experiment: ExperimentKeys.section
        case .data: DataKeys.section
        case .split: DataKeys.split
        case .model: ModelKeys.section
        case .initializer: InitializerKeys.section
        case .optimizer: OptimizerKeys.section
        case .paramGroup: OptimizerKeys.paramGroup
        case .schedule: ScheduleKeys.section
        case .nestedSchedule: ScheduleKeys.nested
        case .warmup: ScheduleKeys.warmup
        case .train: TrainKeys.section
        case .earlyStopping: TrainKeys.earlyStopping
        case .divergence: TrainKeys.divergence
        case .sweep: SweepKeys.section
        case .distribution: SweepKeys.distribution
        case .objective: SweepKeys.objective
        case .epochsTo: SweepKeys.epochsTo
        case .output: OutputKeys.section
        case .executor: ExecutorKeys.section
        case .trainer: TrainerKeys.section
        }
    }
}
