import LREngine

/// A bandit rate controller: every `decisionInterval` ticks the policy picks one of `arms` and
/// the rate in force is multiplied by it, clamped to [minLR, maxLR]; the reward is the relative
/// fall of the observed loss over the window.
package struct BanditScheduleKind: ScheduleKind {
    package static let name = "bandit"
    package static let doc = "A bandit (UCB1 or EXP3) picks rate multipliers, rewarded by the loss's fall."
    package static let keys = [
        KindKey.maxLR.defaulting(10.0),
        KindKey.minLR.defaulting(1e-6),
        KindKey("arms", .list(.number(.positive), minCount: 2),
                "Rate multipliers to choose from; each choice multiplies the rate in force.",
                default: .array([.number(0.5), .number(1.0), .number(2.0)])),
        KindKey("policy", .choice(["ucb1", "exp3"], what: "bandit policy"),
                "How an arm is chosen: UCB1 (Auer et al., 2002) or EXP3 (Auer et al., 2002).", default: .string("ucb1")),
        KindKey("decision_interval", .integer(ScheduleKeys.ticks), "Ticks between choices of an arm.",
                default: .integer(50)),
        KindKey("exploration", .number(.nonNegative),
                "UCB1's c in mean + c*sqrt(2 ln n / n_a) (policy ucb1; 1 is Auer et al.'s UCB1).", default: .number(1.0)),
        KindKey("gamma", .number(.unitOpenBelow), "EXP3's exploration rate (policy exp3).", default: .number(0.1)),
    ]

    /// Rate multipliers, at least two, all positive.
    package var arms: [Double]
    /// The policy with its own parameter (UCB1's exploration c or EXP3's γ).
    package var policy: BanditSchedule.Policy
    package var decisionInterval: Int
    package var minLR: Double
    package var maxLR: Double

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        try BanditSchedule(
            baseLR: c.baseLR, arms: arms, policy: policy, decisionInterval: decisionInterval, minLR: minLR,
            maxLR: maxLR, random: c.random)
    }
}

extension BanditScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        if let low = f.double("min_lr"), let high = f.double("max_lr") {
            f.check(low < high, "max_lr", "'max_lr' must be greater than 'min_lr'", reader: &reader)
        }
        let name = f.string("policy") ?? "ucb1"
        for (key, owner) in [("exploration", "ucb1"), ("gamma", "exp3")] where name != owner && f.has(key) {
            reader.error(f.location(key), f.path(key), "'\(key)' applies to policy '\(owner)', not '\(name)'")
        }
        let policy: BanditSchedule.Policy? = name == "exp3"
            ? f.double("gamma").map(BanditSchedule.Policy.exp3) : f.double("exploration").map(BanditSchedule.Policy.ucb1)
        guard let arms = f.doubles("arms"), let interval = f.int("decision_interval"),
            let minLR = f.double("min_lr"), let maxLR = f.double("max_lr"), let policy
        else { return nil }
        (self.arms, self.policy, decisionInterval, self.minLR, self.maxLR) = (arms, policy, interval, minLR, maxLR)
    }
}
