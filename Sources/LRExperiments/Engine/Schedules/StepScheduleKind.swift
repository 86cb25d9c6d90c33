import LREngine

/// StepLR: lr · gamma^⌊t / stepSize⌋.
struct StepScheduleKind: ScheduleKind {
    static let name = "step"
    static let doc = "StepLR: multiply by gamma every step_size ticks."
    static let keys = [
        KindKey("step_size", .integer(.positive), "Ticks between decays.", required: true),
        KindKey.gamma.defaulting(0.1),
    ]

    var stepSize: Int
    var gamma: Double

    func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try StepSchedule(baseLR: c.baseLR, stepSize: stepSize, gamma: gamma)
    }
}

extension StepScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let gamma = f.double("gamma") else { return nil }
        self.init(stepSize: f.requiredInt("step_size"), gamma: gamma)
    }
}
