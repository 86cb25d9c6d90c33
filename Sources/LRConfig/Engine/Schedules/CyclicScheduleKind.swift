import LREngine

/// CyclicLR (Smith, 2017, "Cyclical Learning Rates for Training Neural Networks").
package struct CyclicScheduleKind: ScheduleKind {
    package static let name = "cyclic"
    package static let doc = "CyclicLR (Smith, 2017)."
    package static let keys = [
        KindKey.gamma.defaulting(1.0),
        KindKey("base_lr", .number(.positive), "Lower rate of the cycle.", required: true),
        KindKey.maxLR.requiredKey,
        KindKey("step_size_up", .integer(ScheduleKeys.ticks), "Ticks in the rising half of a cycle.", default: .integer(2000)),
        KindKey("step_size_down", .integer(ScheduleKeys.ticks), "Ticks in the falling half (default: step_size_up)."),
        KindKey("mode", .choice(CyclicSchedule.Mode.allCases.map(\.rawValue), what: "cyclic mode"),
                "Cycle amplitude policy.", default: .string("triangular")),
        KindKey.cycleMomentum.defaulting(true),
        KindKey.baseMomentum.defaulting(0.8),
        KindKey.maxMomentum.defaulting(0.9),
    ]

    package var baseLR: Double
    package var maxLR: Double
    package var stepSizeUp: Int
    /// Nil: equal to `stepSizeUp`.
    package var stepSizeDown: Int?
    package var mode: CyclicSchedule.Mode
    /// Amplitude factor per tick for `exp_range`.
    package var gamma: Double
    package var cycleMomentum: Bool
    package var baseMomentum: Double
    package var maxMomentum: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try CyclicSchedule(
            baseLR: baseLR, maxLR: maxLR, stepSizeUp: stepSizeUp, stepSizeDown: stepSizeDown, mode: mode,
            gamma: gamma, cycleMomentum: cycleMomentum, baseMomentum: baseMomentum, maxMomentum: maxMomentum)
    }
}

/// The momentum range of a cycle must be ordered (cyclic, one_cycle).
package func checkMomenta(_ f: Fields, reader: inout SectionReader) {
    if let low = f.double("base_momentum"), let high = f.double("max_momentum") {
        f.check(low <= high, "base_momentum", "'base_momentum' must not exceed 'max_momentum'", reader: &reader)
    }
}

extension CyclicScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        let (base, top) = (f.required("base_lr"), f.required("max_lr"))
        if f.double("base_lr") != nil, f.double("max_lr") != nil {
            f.check(base < top, "max_lr", "'max_lr' must be greater than 'base_lr'", reader: &reader)
        }
        checkMomenta(f, reader: &reader)
        guard let up = f.int("step_size_up"), let mode = f.choice("mode", as: CyclicSchedule.Mode.self),
            let gamma = f.double("gamma"), let cycle = f.bool("cycle_momentum"),
            let low = f.double("base_momentum"), let high = f.double("max_momentum")
        else { return nil }
        (baseLR, maxLR, stepSizeUp, stepSizeDown, self.mode, self.gamma) = (base, top, up, f.int("step_size_down"), mode, gamma)
        (cycleMomentum, baseMomentum, maxMomentum) = (cycle, low, high)
    }
}
