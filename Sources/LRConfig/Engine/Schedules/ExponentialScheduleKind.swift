import LREngine

/// ExponentialLR: lr · gamma^t.
package struct ExponentialScheduleKind: ScheduleKind {
    package static let name = "exponential"
    package static let doc = "ExponentialLR: multiply by gamma every tick."
    package static let keys = [KindKey.gamma.requiredKey]

    package var gamma: Double

    package func make(_ c: ScheduleContext) -> any LRSchedule {
        ExponentialSchedule(baseLR: c.baseLR, gamma: gamma)
    }
}

extension ExponentialScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        gamma = f.required("gamma")
    }
}
