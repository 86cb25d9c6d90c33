import LREngine

/// PolynomialLR: lr · (1 − min(t, T)/T)^power.
package struct PolynomialScheduleKind: ScheduleKind {
    package static let name = "polynomial"
    package static let doc = "PolynomialLR: (1 - t/total_steps)^power."
    package static let keys = [
        KindKey.totalSteps,
        KindKey("power", .number(.positive), "Exponent of the polynomial decay.", default: .number(1.0)),
    ]

    /// Nil: the run's length.
    package var totalSteps: Int?
    package var power: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try PolynomialSchedule(baseLR: c.baseLR, totalSteps: totalSteps ?? c.length, power: power)
    }
}

extension PolynomialScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let power = f.double("power") else { return nil }
        self.totalSteps = f.int("total_steps")
        self.power = power
    }
}
