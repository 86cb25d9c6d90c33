import Foundation
import LREngine

/// Simulated annealing of the rate: every `proposalInterval` ticks propose
/// log(lr') = log(lr) + N(0, stepSize²), clamp to [minLR, maxLR], accept by the Metropolis
/// rule at the current temperature, then cool.
///
/// The file names the proposal spacing `proposal_interval` (the engine's `interval`) and the
/// spread `step_size` (the engine's `sigma`). Each annealing schedule draws from its own
/// stream (see `ScheduleContext.random`).
///
/// Defaults make the chain anneal rather than walk at random:
/// - `initial_temperature: auto` calibrates T₀ over the first `calibration_proposals`
///   proposals so that the Metropolis rule would accept `target_acceptance` of them
///   (`AnnealingCalibration`: Ben-Ameur, 2004, with Johnson et al., 1989, as fall-back). A
///   number is T₀ itself, as before: a T₀ far above the loss changes accepts nearly every
///   proposal, which is a random walk of the rate.
/// - `cooling_rate` is the temperature factor per proposal, so the engine's per-tick γ is
///   `cooling_rate^(1/proposal_interval)`; `auto` (the default) picks the γ that brings the
///   temperature to `autoFinalFraction` (1 %) of T₀ at the schedule's end, so late proposals
///   are judged nearly greedily. `linear` cooling reaches 0 at the schedule's end.
/// - `max_lr` defaults to 10× the optimizer's rate: proposals explore a decade above the rate
///   the user chose, not up to an absolute 10 that diverges most models.
///
/// This is annealing in the sense of Kirkpatrick et al. (1983): a search over the rate. A
/// rate that simply starts high and ends low ("learning-rate annealing") is a decay
/// schedule: `cosine`, `exponential`, `step` or `linear`.
package struct AnnealingScheduleKind: ScheduleKind {
    package enum Cooling: String, Sendable, CaseIterable {
        case exponential, linear, logarithmic
    }

    package static let name = "annealing"
    package static let doc =
        "Simulated annealing of the rate: propose log-normal moves, accept by temperature; max_lr defaults to 10 × "
        + "optimizer.lr. A rate that only starts high and ends low is a decay schedule (cosine, exponential, step)."
    /// The share of T₀ that `cooling_rate: auto` leaves at the schedule's end.
    package static let autoFinalFraction = 0.01
    /// `max_lr` when the file leaves it out: this many times the optimizer's rate.
    package static let defaultMaxLRFactor = 10.0
    /// The most proposals a calibration may take (its changes are kept until it ends).
    package static let maximumCalibrationProposals = 10_000
    package static let keys = [
        KindKey("step_size", .number(.positive), "Standard deviation of a proposal in log-rate space.",
                default: .number(0.3)),
        KindKey.maxLR,  // default: defaultMaxLRFactor × optimizer.lr (the kind's doc says so)
        KindKey.minLR.defaulting(1e-6),
        KindKey("initial_temperature", .numberOrChoice(.positive, ["auto"], what: "temperature"),
                "Starting temperature, or auto: calibrated over the first calibration_proposals proposals so the "
                    + "Metropolis rule accepts target_acceptance of them (Ben-Ameur, 2004).",
                default: .string("auto")),
        KindKey("target_acceptance", .number(.unitOpen),
                "Share of proposals the calibrated starting temperature accepts (initial_temperature: auto).",
                default: .number(0.8)),
        KindKey("calibration_proposals", .integer(IntegerRule(min: 1, max: maximumCalibrationProposals)),
                "Proposals that calibrate the starting temperature (initial_temperature: auto); each is taken.",
                default: .integer(5)),
        KindKey("cooling", .choice(Cooling.allCases.map(\.rawValue), what: "cooling"), "How the temperature falls.",
                default: .string("exponential")),
        KindKey("cooling_rate", .numberOrChoice(.unitOpen, ["auto"], what: "cooling rate"),
                "Temperature factor per proposal (exponential cooling), or auto: the temperature ends at 1 % of the "
                    + "starting one.",
                default: .string("auto")),
        KindKey("proposal_interval", .integer(.positive), "Ticks between proposals.", default: .integer(10)),
    ]

    /// Proposals keep their spread whatever the temperature (the file has no key for it).
    package static let scaleByTemperature = false

    /// T₀ given (nil: calibrated).
    package var initialTemperature: Double?
    package var targetAcceptance: Double
    package var calibrationProposals: Int
    package var cooling: Cooling
    /// Temperature factor per proposal (nil: auto).
    package var coolingRate: Double?
    package var proposalInterval: Int
    /// Standard deviation of a proposal in log-rate space.
    package var stepSize: Double
    package var minLR: Double
    /// Nil: `defaultMaxLRFactor` × the base rate.
    package var maxLR: Double?

    /// Ticks before the cooling clock starts: the reference interval and the calibration's.
    package func calibrationTicks() -> Int {
        guard initialTemperature == nil else { return 0 }
        let (ticks, overflow) = (calibrationProposals + 1).multipliedReportingOverflow(by: proposalInterval)
        return overflow ? Int.max : ticks
    }

    package func make(_ c: ScheduleContext) throws -> any LRSchedule {
        // Ticks the temperature cools over (at least 1).
        let coolingTicks = max(1, c.length - calibrationTicks())
        let engineCooling: AnnealingSchedule.Cooling = switch cooling {
        case .exponential:
            if let coolingRate {
                .exponential(gamma: Elementary.pow(coolingRate, 1 / Double(proposalInterval)))
            } else {
                .exponential(gamma: Elementary.pow(Self.autoFinalFraction, 1 / Double(coolingTicks)))
            }
        case .linear: .linear(steps: initialTemperature == nil ? coolingTicks : c.length)
        case .logarithmic: .logarithmic
        }
        let maxLR = maxLR ?? max(Self.defaultMaxLRFactor * c.baseLR, minLR)
        if let initialTemperature {
            return try AnnealingSchedule(
                baseLR: c.baseLR, interval: proposalInterval, sigma: stepSize, initialTemperature: initialTemperature,
                cooling: engineCooling, minLR: minLR, maxLR: maxLR, scaleByTemperature: Self.scaleByTemperature,
                random: c.random)
        }
        return try AnnealingSchedule(
            baseLR: c.baseLR, interval: proposalInterval, sigma: stepSize,
            calibration: .init(target: targetAcceptance, decisions: calibrationProposals),
            cooling: engineCooling, minLR: minLR, maxLR: maxLR, scaleByTemperature: Self.scaleByTemperature,
            random: c.random)
    }
}

extension AnnealingScheduleKind {
    /// Decodes the kind from checked fields (see ``ScheduleKind``).
    package init?(_ f: Fields, reader: inout SectionReader) {
        if let low = f.double("min_lr"), let high = f.double("max_lr") {
            f.check(low < high, "max_lr", "'max_lr' must be greater than 'min_lr'", reader: &reader)
        }
        let temperature = f.double("initial_temperature")
        let rate = f.double("cooling_rate")
        guard temperature != nil || f.string("initial_temperature") == "auto",
            rate != nil || f.string("cooling_rate") == "auto",
            let target = f.double("target_acceptance"), let calibration = f.int("calibration_proposals"),
            let cooling = f.choice("cooling", as: Cooling.self), let interval = f.int("proposal_interval"),
            let stepSize = f.double("step_size"), let minLR = f.double("min_lr"),
            !f.has("max_lr") || f.double("max_lr") != nil
        else { return nil }
        (initialTemperature, targetAcceptance, calibrationProposals) = (temperature, target, calibration)
        (self.cooling, coolingRate, proposalInterval) = (cooling, rate, interval)
        (self.stepSize, self.minLR, maxLR) = (stepSize, minLR, f.double("max_lr"))
    }
}
