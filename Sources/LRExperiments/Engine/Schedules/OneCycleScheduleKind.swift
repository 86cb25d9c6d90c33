import LREngine

/// OneCycleLR (Smith & Topin, 2019, "Super-Convergence").
struct OneCycleScheduleKind: ScheduleKind {
    static let name = "one_cycle"
    static let doc = "OneCycleLR (Smith & Topin, 2019)."
    static let keys = [
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

    var maxLR: Double
    /// Nil: the run's length.
    var totalSteps: Int?
    var pctStart: Double
    var anneal: OneCycleSchedule.Anneal
    var divFactor: Double
    var finalDivFactor: Double
    var threePhase: Bool
    var cycleMomentum: Bool
    var baseMomentum: Double
    var maxMomentum: Double

    func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try OneCycleSchedule(
            maxLR: maxLR, totalSteps: totalSteps ?? c.length, pctStart: pctStart, anneal: anneal,
            divFactor: divFactor, finalDivFactor: finalDivFactor, threePhase: threePhase,
            cycleMomentum: cycleMomentum, baseMomentum: baseMomentum, maxMomentum: maxMomentum)
    }
}

extension OneCycleScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
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
