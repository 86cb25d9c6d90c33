import LREngine

/// CosineAnnealingLR (Loshchilov & Hutter, 2017) with half period tMax.
package struct CosineScheduleKind: ScheduleKind {
    package static let name = "cosine"
    package static let doc = "CosineAnnealingLR (Loshchilov & Hutter, 2017)."
    package static let keys = [
        KindKey("t_max", .integer(ScheduleKeys.ticks), "Half period in ticks (default: the run's length)."),
        KindKey.etaMin.defaulting(0.0),
    ]

    /// Nil: the run's length.
    package var tMax: Int?
    package var etaMin: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try CosineSchedule(baseLR: c.baseLR, tMax: tMax ?? c.length, etaMin: etaMin)
    }
}

extension CosineScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let etaMin = f.double("eta_min") else { return nil }
        (tMax, self.etaMin) = (f.int("t_max"), etaMin)
    }
}
