import LREngine

/// PolynomialLR: lr · (1 − min(t, T)/T)^power.
struct PolynomialScheduleKind: ScheduleKind {
    static let name = "polynomial"
    static let doc = "PolynomialLR: (1 - t/total_steps)^power."
    static let keys = [
        KindKey.totalSteps,
        KindKey("power", .number(.positive), "Exponent of the polynomial decay.", default: .number(1.0)),
    ]

    /// Nil: the run's length.
    var totalSteps: Int?
    var power: Double

    func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try PolynomialSchedule(baseLR: c.baseLR, totalSteps: totalSteps ?? c.length, power: power)
    }
}

extension PolynomialScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
        guard let power = f.double("power") else { return nil }
        self.totalSteps = f.int("total_steps")
        self.power = power
    }
}
