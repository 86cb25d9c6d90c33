/// Simulated annealing of the rate (Kirkpatrick, Gelatt & Vecchi, 1983, with the Metropolis
/// rule of Metropolis et al., 1953), driven by the training loss.
///
/// Training runs in intervals of `interval` ticks; the chain's state is the accepted rate
/// `r` (initially the base rate). The first interval runs at `r` and gives the reference loss.
/// At the end of each interval `j` a new rate is drawn from `r` and is in force — on trial —
/// for interval `j + 1`, at whose end it is judged by the Metropolis rule:
///
///     r′ = clamp(r·exp(σ·z), min_lr, max_lr),   z ~ N(0, 1)
///     Δ  = L̄ⱼ₊₁ − L̄ⱼ        (mean training loss of the trial interval minus the one before)
///     accept (r ← r′) if Δ ≤ 0, else if u < exp(−Δ/Tₖ),   u ~ U[0, 1)
///
/// then the next proposal is drawn from the (possibly new) `r`. `Tₖ` is the temperature after
/// `k` ticks, taken at the decision:
///
///     exponential:   Tₖ = T₀·γᵏ
///     linear:        Tₖ = T₀·max(0, 1 − k/K)
///     logarithmic:   Tₖ = T₀ / ln(e + k)
///
/// At `T ≤ 0` only non-worsening proposals pass; a non-finite Δ (a diverging interval, or one
/// with a tick that reported no loss) rejects. The rate in force is thus the accepted rate in
/// the first interval and the proposal on trial afterwards (a proposal is used provisionally
/// and reverted if rejected); both always lie in `[min_lr, max_lr]`. With
/// `scale_by_temperature` the rate in force is further multiplied by `Tₖ/T₀` and clamped to
/// `[min_lr, max_lr]` again, cooling the rate along with the search. Each decision draws one
/// `u` then one `z` from `random` (the first proposal only a `z`), so a trial's run is fixed
/// by its `schedule` stream. `decisions`, `acceptances`, `lastDecision` and `lastDelta` let a
/// trainer log the chain; the trainer records `temperature` (in force) and `accepted` (1 or 0
/// on the tick that ended with a test) through `LRSchedule.recordedNames`.
///
/// With a `Calibration` (χ₀, n) T₀ is not given but measured: the first n decisions are not
/// tests — every proposal with a finite Δ is taken, a short random walk as in the trial run
/// of Johnson et al. (1989), and one without is reverted — and their changes Δ set T₀ by `AnnealingCalibration.temperature`, so that the
/// tests start by accepting about χ₀ of the proposals. The cooling clock `k` then counts
/// the ticks since the calibration ended; before, no temperature is in force.
///
/// Besides `temperature` and `accepted` (both absent during a calibration) the trainer
/// records `acceptance_rate`: on a tick that ended with a test, the share accepted of the
/// last `acceptanceWindow` tests.
///
/// Settings (YAML names): `interval`, `sigma`, `temperature` (T₀), `cooling`
/// (`exponential` with `gamma`, `linear` with `cooling_steps` K, `logarithmic`), `min_lr`,
/// `max_lr`, `scale_by_temperature`, and `target_acceptance` χ₀ with `calibration_proposals`
/// n in place of `temperature`.
public struct AnnealingSchedule: LRSchedule {
    /// How the temperature falls with ticks.
    public enum Cooling: Sendable, Equatable {
        /// `T₀·γᵏ`.
        case exponential(gamma: Double)
        /// `T₀·max(0, 1 − k/K)`, reaching 0 after `K` ticks.
        case linear(steps: Int)
        /// `T₀ / ln(e + k)`.
        case logarithmic
    }

    /// How T₀ is calibrated: the target share χ₀ of proposals accepted (in (0, 1)) and the
    /// number of decisions it is measured over (at least 1).
    public struct Calibration: Sendable, Equatable {
        public var target: Double
        public var decisions: Int

        public init(target: Double, decisions: Int) {
            self.target = target
            self.decisions = decisions
        }
    }

    /// Tests the `acceptance_rate` column is taken over (the last ones, fewer at the start);
    /// also the window a report's initial acceptance rate is taken over.
    public static let acceptanceWindow = 5

    /// The outcome of a Metropolis test.
    public enum Decision: Sendable, Equatable {
        case accepted
        case rejected
    }

    public let interval: Int
    public let sigma: Double
    /// T₀: as given, or once calibrated the calibrated value (nil before).
    public private(set) var calibratedTemperature: Double?
    public let calibration: Calibration?
    public let cooling: Cooling
    public let minLR: Double
    public let maxLR: Double
    public let scaleByTemperature: Bool
    /// The last accepted rate (the chain's state).
    public private(set) var acceptedRate: Double
    /// The rate on trial in the current interval (before temperature scaling).
    public private(set) var trialRate: Double
    /// Metropolis tests made so far, and how many accepted.
    /// Calibration decisions are not tests and are not counted here.
    public private(set) var decisions = 0
    public private(set) var acceptances = 0
    /// Calibration decisions made so far.
    public private(set) var calibrationDecisions = 0
    /// The calibration's finite changes Δ so far, in order (empty without a calibration).
    public private(set) var calibrationDeltas: [Double] = []
    /// The outcomes of the last `acceptanceWindow` tests (1 accepted), oldest first.
    private var recentOutcomes: [Double] = []
    /// The tick the cooling clock starts at (the calibration's end; 0 without one).
    private var coolingStart = 0
    /// The last test's outcome, nil before the first.
    public private(set) var lastDecision: Decision?
    /// The last test's loss change Δ.
    public private(set) var lastDelta: Double?
    /// The test the last tick ended with; nil when it ended without one.
    private var lastTickDecision: Decision?
    private var random: RandomStream
    private var tick = 0
    private var lossSum = 0.0
    private var lossCount = 0
    private var previousMean: Double?

    /// A chain at the given starting temperature.
    public init(
        baseLR: Double, interval: Int, sigma: Double, initialTemperature: Double, cooling: Cooling,
        minLR: Double, maxLR: Double, scaleByTemperature: Bool, random: RandomStream
    ) throws {
        try ScheduleError.requirePositive("temperature", initialTemperature)
        try self.init(
            baseLR: baseLR, interval: interval, sigma: sigma, temperature: initialTemperature, calibration: nil,
            cooling: cooling, minLR: minLR, maxLR: maxLR, scaleByTemperature: scaleByTemperature, random: random)
    }

    /// A chain whose starting temperature is calibrated by `calibration`.
    public init(
        baseLR: Double, interval: Int, sigma: Double, calibration: Calibration, cooling: Cooling,
        minLR: Double, maxLR: Double, scaleByTemperature: Bool, random: RandomStream
    ) throws {
        try ScheduleError.require("target_acceptance", calibration.target, in: 0, 1, openBelow: true)
        if !(calibration.target < 1) {
            throw ScheduleError("'target_acceptance' must be below 1, got \(calibration.target)")
        }
        try ScheduleError.require("calibration_proposals", calibration.decisions, atLeast: 1)
        try self.init(
            baseLR: baseLR, interval: interval, sigma: sigma, temperature: nil, calibration: calibration,
            cooling: cooling, minLR: minLR, maxLR: maxLR, scaleByTemperature: scaleByTemperature, random: random)
    }

    private init(
        baseLR: Double, interval: Int, sigma: Double, temperature: Double?, calibration: Calibration?,
        cooling: Cooling, minLR: Double, maxLR: Double, scaleByTemperature: Bool, random: RandomStream
    ) throws {
        try ScheduleError.require("interval", interval, atLeast: 1)
        try ScheduleError.requireNonNegative("sigma", sigma)
        try ScheduleError.requirePositive("min_lr", minLR)
        try ScheduleError.requirePositive("max_lr", maxLR)
        if minLR > maxLR {
            throw ScheduleError("'min_lr' (\(minLR)) must not exceed 'max_lr' (\(maxLR))")
        }
        switch cooling {
        case .exponential(let gamma):
            try ScheduleError.require("gamma", gamma, in: 0, 1, openBelow: true)
        case .linear(let steps): try ScheduleError.require("cooling_steps", steps, atLeast: 1)
        case .logarithmic: break
        }
        self.interval = interval
        self.sigma = sigma
        calibratedTemperature = temperature
        self.calibration = calibration
        self.cooling = cooling
        self.minLR = minLR
        self.maxLR = maxLR
        self.scaleByTemperature = scaleByTemperature
        self.random = random
        acceptedRate = min(max(baseLR, minLR), maxLR)
        trialRate = acceptedRate
    }

    public var lr: Double {
        guard scaleByTemperature, let t0 = calibratedTemperature, t0 > 0, let t = temperature else { return trialRate }
        return min(max(trialRate * t / t0, minLR), maxLR)
    }

    public var momentum: Double? { nil }

    /// T₀ as given, or calibrated; 0 before a calibration ends.
    public var initialTemperature: Double { calibratedTemperature ?? 0 }

    /// Whether the decisions are still calibrating T₀.
    public var isCalibrating: Bool { calibratedTemperature == nil }

    /// The temperature `Tₖ` after the ticks so far (k counted from the calibration's end);
    /// nil while calibrating.
    public var temperature: Double? {
        guard calibratedTemperature != nil else { return nil }
        return temperature(after: tick - coolingStart)
    }

    /// `Tₖ` for `k` ticks of cooling (0 before a calibration ends).
    public func temperature(after k: Int) -> Double {
        let ticks = Double(k)
        let initialTemperature = initialTemperature
        switch cooling {
        case .exponential(let gamma): return initialTemperature * _pow(gamma, ticks)
        case .linear(let steps): return initialTemperature * max(0, 1 - ticks / Double(steps))
        case .logarithmic: return initialTemperature / _log(2.718281828459045 + ticks)
        }
    }

    /// The Metropolis rule: accept when `Δ ≤ 0`, else when `u < exp(−Δ/T)`; `u` uniform on
    /// [0, 1). Non-finite `Δ` and, for `Δ > 0`, `T ≤ 0` reject.
    public static func accepts(delta: Double, temperature: Double, uniform: Double) -> Bool {
        guard delta.isFinite else { return false }
        if delta <= 0 { return true }
        guard temperature > 0 else { return false }
        return uniform < _exp(-delta / temperature)
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        lastTickDecision = nil
        if let loss = observation.trainLoss {
            lossSum += loss
            lossCount += 1
        } else {
            lossSum = .nan  // an interval without a loss cannot be judged
        }
        guard tick % interval == 0 else { return }
        let mean = lossCount > 0 ? lossSum / Double(lossCount) : .nan
        lossSum = 0
        lossCount = 0
        if let previous = previousMean, let calibration, calibratedTemperature == nil {
            // A calibration decision: every proposal with a finite change is taken and its
            // change kept; one without (a diverging interval) is reverted, as a test would.
            let delta = mean - previous
            calibrationDecisions += 1
            if delta.isFinite {
                calibrationDeltas.append(delta)
                acceptedRate = trialRate
            }
            if calibrationDecisions >= calibration.decisions {
                calibratedTemperature = AnnealingCalibration.temperature(calibrationDeltas, target: calibration.target)
                coolingStart = tick
            }
        } else if let previous = previousMean, let temperature {
            let delta = mean - previous
            let u = random.uniform()
            let accepted = AnnealingSchedule.accepts(
                delta: delta, temperature: temperature, uniform: u)
            decisions += 1
            lastDelta = delta
            lastDecision = accepted ? .accepted : .rejected
            lastTickDecision = lastDecision
            if accepted {
                acceptances += 1
                acceptedRate = trialRate
            }
            recentOutcomes.append(accepted ? 1 : 0)
            if recentOutcomes.count > Self.acceptanceWindow { recentOutcomes.removeFirst() }
        }
        previousMean = mean
        let z = random.normal()
        trialRate = min(max(acceptedRate * _exp(sigma * z), minLR), maxLR)
    }
}

extension AnnealingSchedule {
    private static let recorded = ["temperature", "accepted", "acceptance_rate"]

    /// `temperature`, `accepted` and `acceptance_rate`.
    public var recordedNames: [String] { Self.recorded }

    /// The temperature in force (none while calibrating).
    public func recordedValue(_ index: Int) -> Double? { index == 0 ? temperature : nil }

    /// `accepted`: 1 when the last tick ended with an accepted test, 0 with a rejected one;
    /// `acceptance_rate`: then the share accepted of the last `acceptanceWindow` tests.
    public func recordedOutcome(_ index: Int) -> Double? {
        guard let decision = lastTickDecision else { return nil }
        switch index {
        case 1: return decision == .accepted ? 1 : 0
        case 2: return recentOutcomes.isEmpty ? nil : recentOutcomes.reduce(0, +) / Double(recentOutcomes.count)
        default: return nil
        }
    }
}
