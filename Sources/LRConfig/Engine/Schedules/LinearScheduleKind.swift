import LREngine

/// LinearLR: lr · factor, the factor linear from startFactor to endFactor over totalSteps.
package struct LinearScheduleKind: ScheduleKind {
    package static let name = "linear"
    package static let doc = "LinearLR: factor from start_factor to end_factor over total_steps."
    package static let keys = [
        KindKey.totalSteps,
        KindKey("start_factor", .number(.unitOpenBelow), "Factor at the first tick.", default: .number(1.0 / 3.0)),
        KindKey("end_factor", .number(.unit), "Factor after total_steps.", default: .number(1.0)),
    ]

    package var startFactor: Double
    package var endFactor: Double
    /// Nil: the run's length.
    package var totalSteps: Int?

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try LinearSchedule(baseLR: c.baseLR, startFactor: startFactor, endFactor: endFactor, totalSteps: totalSteps ?? c.length)
    }
}

extension LinearScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let start = f.double("start_factor"), let end = f.double("end_factor") else { return nil }
        (startFactor, endFactor, totalSteps) = (start, end, f.int("total_steps"))
    }
}
