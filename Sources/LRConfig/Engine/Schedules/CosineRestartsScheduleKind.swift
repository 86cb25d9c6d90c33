import LREngine

/// CosineAnnealingWarmRestarts (SGDR): periods t0, t0·tMult, …
package struct CosineRestartsScheduleKind: ScheduleKind {
    package static let name = "cosine_restarts"
    package static let doc = "CosineAnnealingWarmRestarts (SGDR, Loshchilov & Hutter, 2017)."
    package static let keys = [
        KindKey.etaMin.defaulting(0.0),
        KindKey("t_0", .integer(.positive), "Ticks until the first restart.", required: true),
        KindKey("t_mult", .integer(.positive), "Factor by which the period grows after a restart.", default: .integer(1)),
    ]

    package var t0: Int
    package var tMult: Int
    package var etaMin: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try CosineRestartsSchedule(baseLR: c.baseLR, t0: t0, tMult: tMult, etaMin: etaMin)
    }
}

extension CosineRestartsScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        guard let tMult = f.int("t_mult"), let etaMin = f.double("eta_min") else { return nil }
        (t0, self.tMult, self.etaMin) = (f.requiredInt("t_0"), tMult, etaMin)
    }
}
