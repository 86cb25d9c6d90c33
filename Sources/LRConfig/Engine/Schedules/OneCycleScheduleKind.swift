import LREngine

/// OneCycleLR (Smith & Topin, 2019, "Super-Convergence").
package struct OneCycleScheduleKind: ScheduleKind {
    package static let name = "one_cycle"
    package static let doc = "OneCycleLR (Smith & Topin, 2019)."
    package static let keys = [
        KindKey.totalSteps,
        KindKey.maxLR.requiredKey,
        KindKey.cycleMomentum.defaulting(true),
        KindKey.baseMomentum.defaulting(0.85),
        KindKey.maxMomentum.defaulting(0.95),
        KindKey("pct_start", .number(.unitOpen), "Fraction of the cycle spent rising.", default: .number(0.3)),
        KindKey("anneal", .choice(OneCycleSchedule.Anneal.allCases.map(\.rawValue), what: "annealing strategy"),
                "Shape of the ramps (torch anneal_strategy).", default: .string("cos")),
        KindKey("div_factor", .number(.positive), "Initial rate = max_lr / div_factor.", default: .number(25.0)),
        KindKey("final_div_factor", .number(.positive), "Final rate = initial rate / final_div_factor.",
                default: .number(1e4)),
        KindKey("three_phase", .bool, "Use the three-phase variant.", default: .bool(false)),
    ]

    package var maxLR: Double
    /// Nil: the run's length.
    package var totalSteps: Int?
    package var pctStart: Double
    package var anneal: OneCycleSchedule.Anneal
    package var divFactor: Double
    package var finalDivFactor: Double
    package var threePhase: Bool
    package var cycleMomentum: Bool
    package var baseMomentum: Double
    package var maxMomentum: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try OneCycleSchedule(
            maxLR: maxLR, totalSteps: totalSteps ?? c.length, pctStart: pctStart, anneal: anneal,
            divFactor: divFactor, finalDivFactor: finalDivFactor, threePhase: threePhase,
            cycleMomentum: cycleMomentum, baseMomentum: baseMomentum, maxMomentum: maxMomentum)
    }
}

extension OneCycleScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        checkMomenta(f, reader: &reader)
        guard let pct = f.double("pct_start"), let anneal = f.choice("anneal", as: OneCycleSchedule.Anneal.self),
            let div = f.double("div_factor"), let finalDiv = f.double("final_div_factor"),
            let three = f.bool("three_phase"), let cycle = f.bool("cycle_momentum"),
            let low = f.double("base_momentum"), let high = f.double("max_momentum")
        else { return nil }
        (maxLR, totalSteps, pctStart, self.anneal) = (f.required("max_lr"), f.int("total_steps"), pct, anneal)
        (divFactor, finalDivFactor, threePhase) = (div, finalDiv, three)
        (cycleMomentum, baseMomentum, maxMomentum) = (cycle, low, high)
    }
}
