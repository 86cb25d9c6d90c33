import LREngine

/// MultiStepLR: lr · gamma^(number of milestones ≤ t).
package struct MultiStepScheduleKind: ScheduleKind {
    package static let name = "multistep"
    package static let doc = "MultiStepLR: multiply by gamma at each milestone."
    package static let keys = [KindKey.gamma.defaulting(0.1), KindKey.milestones.requiredKey]

    package var milestones: [Int]
    package var gamma: Double

    package func make(_ c: ScheduleContext) -> any LRSchedule {
        MultiStepSchedule(baseLR: c.baseLR, milestones: milestones, gamma: gamma)
    }
}

extension MultiStepScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let gamma = f.double("gamma") else { return nil }
        self.milestones = f.requiredInts("milestones")
        self.gamma = gamma
    }
}
