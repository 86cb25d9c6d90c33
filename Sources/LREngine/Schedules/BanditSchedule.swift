/// A multi-armed-bandit rate controller: every `decisionInterval` ticks a policy (UCB1 or
/// EXP3) picks one of `arms` rate multipliers, rewarded by how much the loss fell meanwhile.
///
/// Each arm is a multiplier applied to the rate in force, so the applied rate is the base rate
/// times the product of all chosen multipliers, clamped to `[minLR, maxLR]` after every
/// decision:
///
///     r₀ = clamp(base·m_{a₀}),   rⱼ = clamp(rⱼ₋₁·m_{aⱼ})
///
/// Cumulative rather than `base·m_a` because the multipliers are then moves ("halve", "keep",
/// "double") that let the controller walk the rate over orders of magnitude towards a good
/// region and stay there with the neutral arm, instead of being confined to `|arms|` fixed
/// rates around a base the user may have got wrong. The price: an arm's reward depends on
/// where the rate is, so the environment is not stationary (EXP3 makes no stationarity
/// assumption; UCB1 does, and adapts more slowly after the rate has moved). Clamping the
/// state itself (not only the output) means one step down always leaves a bound.
///
/// Reward of the window `j` that ran under arm `aⱼ` (decided at tick `j·w`, `w` the decision
/// interval):
///
///     r = clip((ℓ_before − ℓ_after) / |ℓ_before|, −1, 1)
///
/// where `ℓ_after` is the loss observed at the window's last tick and `ℓ_before` the loss
/// observed at the tick before the window (for the first window, at its own first tick). The
/// observed loss is the observation's `metric` when it has one (the validation loss with
/// `interval: epoch`), else its `trainLoss`. A missing or non-finite `ℓ_after` (divergence)
/// earns −1; `ℓ_before = 0` earns 0 if `ℓ_after` is 0 too, else the sign of the change. The
/// policies see `(r + 1)/2 ∈ [0, 1]`, the reward range UCB1's bound and EXP3's weights assume;
/// `lastReward` reports `r` itself.
///
/// The first arm is chosen at construction; EXP3's draws come from `random` (the trial's
/// `schedule` stream), one uniform per decision, so a run is fixed by its seed. UCB1 draws
/// nothing. `arm` and `lastReward` describe the tick in force; the trainer records `arm` as
/// `bandit_arm` through `LRSchedule.recordedNames`.
///
/// Settings (YAML names): `arms`, `policy` (`ucb1` with `exploration` c, `exp3` with `gamma`),
/// `decision_interval`, `min_lr`, `max_lr`.
public struct BanditSchedule: LRSchedule {
    /// The arm-selection rule.
    public enum Policy: Sendable, Equatable {
        /// UCB1 with exploration factor `c` (1: Auer et al.'s bound).
        case ucb1(exploration: Double)
        /// EXP3 with exploration rate `γ ∈ (0, 1]`.
        case exp3(gamma: Double)
    }

    private enum State: Sendable {
        case ucb1(UCB1Policy)
        case exp3(EXP3Policy)
    }

    public let arms: [Double]
    public let policy: Policy
    public let decisionInterval: Int
    public let minLR: Double
    public let maxLR: Double
    /// The rate in force (the clamped cumulative product).
    public private(set) var lr: Double
    public var momentum: Double? { nil }
    /// Index into `arms` of the multiplier chosen for the current window.
    public private(set) var arm: Int
    /// The reward `r ∈ [−1, 1]` of the last finished window; nil before the first decision.
    public private(set) var lastReward: Double?
    /// Decisions taken after the first choice (finished windows).
    public private(set) var decisions = 0
    /// How many windows each arm was chosen for, the current one included.
    public private(set) var pulls: [Int]
    private var state: State
    private var random: RandomStream
    private var tick = 0
    /// The loss observed at the last tick (ℓ_before of the next window).
    private var previousLoss: Double?
    private var windowStart: Double?

    public init(
        baseLR: Double, arms: [Double], policy: Policy, decisionInterval: Int, minLR: Double, maxLR: Double,
        random: RandomStream
    ) throws {
        guard arms.count >= 2 else {
            throw ScheduleError("'arms' must have at least 2 multipliers, got \(arms.count)")
        }
        for multiplier in arms { try ScheduleError.requirePositive("arms", multiplier) }
        try ScheduleError.require(
            "decision_interval", decisionInterval, atLeast: 1, atMost: ScheduleError.maximumTicks)
        try ScheduleError.requireNonNegative("min_lr", minLR)
        try ScheduleError.requirePositive("max_lr", maxLR)
        if minLR > maxLR {
            throw ScheduleError("'min_lr' (\(minLR)) must not exceed 'max_lr' (\(maxLR))")
        }
        switch policy {
        case .ucb1(let c):
            try ScheduleError.requireNonNegative("exploration", c)
            state = .ucb1(UCB1Policy(arms: arms.count, exploration: c))
        case .exp3(let gamma):
            try ScheduleError.require("gamma", gamma, in: 0, 1, openBelow: true)
            state = .exp3(EXP3Policy(arms: arms.count, gamma: gamma))
        }
        self.arms = arms
        self.policy = policy
        self.decisionInterval = decisionInterval
        self.minLR = minLR
        self.maxLR = maxLR
        self.random = random
        pulls = Array(repeating: 0, count: arms.count)
        lr = min(max(baseLR, minLR), maxLR)
        arm = 0
        choose()
    }

    public mutating func advance(after observation: ScheduleObservation) {
        tick += 1
        let loss = observation.metric ?? observation.trainLoss
        if tick % decisionInterval == 1 || decisionInterval == 1 {
            windowStart = previousLoss ?? loss
        }
        previousLoss = loss
        guard tick % decisionInterval == 0 else { return }
        let reward = BanditSchedule.reward(before: windowStart, after: loss)
        lastReward = reward
        decisions += 1
        let scaled = (reward + 1) / 2
        switch state {
        case .ucb1(var p):
            p.reward(scaled, to: arm)
            state = .ucb1(p)
        case .exp3(var p):
            p.reward(scaled, to: arm)
            state = .exp3(p)
        }
        choose()
    }

    /// `clip((before − after)/|before|, −1, 1)`, with the edge cases in the type's
    /// documentation.
    public static func reward(before: Double?, after: Double?) -> Double {
        guard let after, after.isFinite else { return -1 }
        guard let before, before.isFinite else { return 0 }
        if before == 0 { return after == 0 ? 0 : (after < 0 ? 1 : -1) }
        return min(max((before - after) / abs(before), -1), 1)
    }

    /// Picks the next arm and moves the rate by its multiplier.
    private mutating func choose() {
        switch state {
        case .ucb1(let p): arm = p.choose()
        case .exp3(let p): arm = p.choose(random: &random)
        }
        pulls[arm] += 1
        lr = min(max(lr * arms[arm], minLR), maxLR)
    }
}

extension BanditSchedule {
    private static let recorded = ["bandit_arm"]

    /// `bandit_arm`.
    public var recordedNames: [String] { Self.recorded }

    /// The index (from 0, into `arms`) of the arm in force.
    public func recordedValue(_ index: Int) -> Double? { index == 0 ? Double(arm) : nil }
}
