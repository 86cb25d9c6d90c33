import Foundation
import LREngine

/// Simulated annealing of the rate: every `proposalInterval` ticks propose
/// log(lr') = log(lr) + N(0, stepSize²), clamp to [minLR, maxLR], accept by the Metropolis
/// rule at the current temperature, then cool.
///
/// The file names the proposal spacing `proposal_interval` (the engine's `interval`) and the
/// spread `step_size` (the engine's `sigma`). `cooling_rate` is the temperature factor per
/// proposal, so the engine's per-tick γ is `cooling_rate^(1/proposal_interval)`; `linear`
/// cooling reaches 0 at the end of the schedule's length. Each annealing schedule draws from
/// its own stream (see `ScheduleContext.random`).
struct AnnealingScheduleKind: ScheduleKind {
    enum Cooling: String, Sendable, CaseIterable {
        case exponential, linear, logarithmic
    }

    static let name = "annealing"
    static let doc = "Simulated annealing of the rate: propose log-normal moves, accept by temperature."
    static let keys = [
        KindKey("step_size", .number(.positive), "Standard deviation of a proposal in log-rate space.",
                default: .number(0.3)),
        KindKey.maxLR.defaulting(10.0),
        KindKey.minLR.defaulting(1e-6),
        KindKey("initial_temperature", .number(.positive), "Starting temperature.", default: .number(1.0)),
        KindKey("cooling", .choice(Cooling.allCases.map(\.rawValue), what: "cooling"), "How the temperature falls.",
                default: .string("exponential")),
        KindKey("cooling_rate", .number(.unitOpen), "Temperature factor per proposal (exponential cooling).",
                default: .number(0.99)),
        KindKey("proposal_interval", .integer(.positive), "Ticks between proposals.", default: .integer(10)),
    ]

    /// Proposals keep their spread whatever the temperature (the file has no key for it).
    static let scaleByTemperature = false

    var initialTemperature: Double
    var cooling: Cooling
    var coolingRate: Double
    var proposalInterval: Int
    /// Standard deviation of a proposal in log-rate space.
    var stepSize: Double
    var minLR: Double
    var maxLR: Double

    func make(_ c: ScheduleContext) throws -> any LRSchedule {
        let engineCooling: AnnealingSchedule.Cooling = switch cooling {
        case .exponential: .exponential(gamma: pow(coolingRate, 1 / Double(proposalInterval)))
        case .linear: .linear(steps: c.length)
        case .logarithmic: .logarithmic
        }
        return try AnnealingSchedule(
            baseLR: c.baseLR, interval: proposalInterval, sigma: stepSize, initialTemperature: initialTemperature,
            cooling: engineCooling, minLR: minLR, maxLR: maxLR, scaleByTemperature: Self.scaleByTemperature,
            random: c.random)
    }
}

extension AnnealingScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    init?(_ f: Fields, reader: inout SectionReader) {
        if let low = f.double("min_lr"), let high = f.double("max_lr") {
            f.check(low < high, "max_lr", "'max_lr' must be greater than 'min_lr'", reader: &reader)
        }
        guard let temperature = f.double("initial_temperature"), let cooling = f.choice("cooling", as: Cooling.self),
            let rate = f.double("cooling_rate"), let interval = f.int("proposal_interval"),
            let stepSize = f.double("step_size"), let minLR = f.double("min_lr"), let maxLR = f.double("max_lr")
        else { return nil }
        (initialTemperature, self.cooling, coolingRate, proposalInterval) = (temperature, cooling, rate, interval)
        (self.stepSize, self.minLR, self.maxLR) = (stepSize, minLR, maxLR)
    }
}
