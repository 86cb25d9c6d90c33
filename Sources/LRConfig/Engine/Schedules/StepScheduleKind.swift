import LREngine

/// StepLR: lr · gamma^⌊t / stepSize⌋.
package struct StepScheduleKind: ScheduleKind {
    package static let name = "step"
    package static let doc = "StepLR: multiply by gamma every step_size ticks."
    package static let keys = [
        KindKey("step_size", .integer(.positive), "Ticks between decays.", required: true),
        KindKey.gamma.defaulting(0.1),
    ]

    package var stepSize: Int
    package var gamma: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try StepSchedule(baseLR: c.baseLR, stepSize: stepSize, gamma: gamma)
    }
}

extension StepScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let gamma = f.double("gamma") else { return nil }
        self.init(stepSize: f.requiredInt("step_size"), gamma: gamma)
    }
}
