import LREngine

/// MultiStepLR: lr · gamma^(number of milestones ≤ t).
struct MultiStepScheduleKind: ScheduleKind {
    static let name = "multistep"
    static let doc = "MultiStepLR: multiply by gamma at each milestone."
    static let keys = [KindKey.gamma.defaulting(0.1), KindKey.milestones.requiredKey]

    var milestones: [Int]
    var gamma: Double

    func make(_ c: ScheduleContext) -> any LRSchedule {
        MultiStepSchedule(baseLR: c.baseLR, milestones: milestones, gamma: gamma)
    }
}

extension MultiStepScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let gamma = f.double("gamma") else { return nil }
        self.milestones = f.requiredInts("milestones")
        self.gamma = gamma
    }
}
