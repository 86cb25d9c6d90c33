import LREngine

/// ExponentialLR: lr · gamma^t.
struct ExponentialScheduleKind: ScheduleKind {
    static let name = "exponential"
    static let doc = "ExponentialLR: multiply by gamma every tick."
    static let keys = [KindKey.gamma.requiredKey]

    var gamma: Double

    func make(_ c: ScheduleContext) -> any LRSchedule {
        ExponentialSchedule(baseLR: c.baseLR, gamma: gamma)
    }
}

extension ExponentialScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
        gamma = f.required("gamma")
    }
}
