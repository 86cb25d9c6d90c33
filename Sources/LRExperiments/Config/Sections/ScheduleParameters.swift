/// The parameters of each schedule kind, named as in `torch.optim.lr_scheduler`. Lengths and
/// positions are in schedule ticks (updates or epochs, per `interval`). A nil length means
/// "the run's length", known once the data size is.
public indirect enum ScheduleParameters: Sendable, Hashable {
    /// The optimizer's rate throughout.
    case constant
    /// StepLR: lr · gamma^⌊t / stepSize⌋.
    case step(stepSize: Int, gamma: Double)
    /// MultiStepLR: lr · gamma^(number of milestones ≤ t).
    case multistep(milestones: [Int], gamma: Double)
    /// ExponentialLR: lr · gamma^t.
    case exponential(gamma: Double)
    /// PolynomialLR: lr · (1 − min(t, T)/T)^power.
    case polynomial(totalSteps: Int?, power: Double)
    /// LinearLR: lr · factor, factor linear from startFactor to endFactor over totalSteps.
    case linear(startFactor: Double, endFactor: Double, totalSteps: Int?)
    /// CosineAnnealingLR (Loshchilov & Hutter, 2017) with half period tMax.
    case cosine(tMax: Int?, etaMin: Double)
    /// CosineAnnealingWarmRestarts (SGDR): periods t0, t0·tMult, …
    case cosineRestarts(t0: Int, tMult: Int, etaMin: Double)
    /// CyclicLR (Smith, 2017).
    case cyclic(Cyclic)
    /// OneCycleLR (Smith & Topin, 2019).
    case oneCycle(OneCycle)
    /// ReduceLROnPlateau.
    case plateau(Plateau)
    /// Simulated annealing of the rate.
    case annealing(Annealing)
    /// A bandit over rate multipliers.
    case bandit(Bandit)
    /// SequentialLR: `schedules[i]` runs from `milestones[i-1]` (0 for the first).
    case sequence(milestones: [Int], schedules: [ScheduleConfig])

    /// CyclicLR's parameters.
    public struct Cyclic: Sendable, Hashable {
        public enum Mode: String, Sendable, CaseIterable {
            case triangular, triangular2, expRange = "exp_range"
        }

        public var baseLR: Double
        public var maxLR: Double
        public var stepSizeUp: Int
        /// Nil: equal to `stepSizeUp`.
        public var stepSizeDown: Int?
        public var mode: Mode
        /// Amplitude factor per tick for `exp_range`.
        public var gamma: Double
        public var cycleMomentum: Bool
        public var baseMomentum: Double
        public var maxMomentum: Double
    }

    /// OneCycleLR's parameters.
    public struct OneCycle: Sendable, Hashable {
        public enum Anneal: String, Sendable, CaseIterable {
            case cos, linear
        }

        public var maxLR: Double
        /// Nil: the run's length.
        public var totalSteps: Int?
        public var pctStart: Double
        public var anneal: Anneal
        public var divFactor: Double
        public var finalDivFactor: Double
        public var threePhase: Bool
        public var cycleMomentum: Bool
        public var baseMomentum: Double
        public var maxMomentum: Double
    }

    /// ReduceLROnPlateau's parameters.
    public struct Plateau: Sendable, Hashable {
        public enum Mode: String, Sendable, CaseIterable {
            case min, max
        }

        public enum ThresholdMode: String, Sendable, CaseIterable {
            case rel, abs
        }

        public var monitor: TrainConfig.Metric
        public var mode: Mode
        public var factor: Double
        public var patience: Int
        public var threshold: Double
        public var thresholdMode: ThresholdMode
        public var cooldown: Int
        public var minLR: Double
    }

    /// Simulated annealing of the rate: every `proposalInterval` ticks propose
    /// log(lr') = log(lr) + N(0, stepSize²), clamp to [minLR, maxLR], accept by the Metropolis
    /// rule at the current temperature, then cool.
    public struct Annealing: Sendable, Hashable {
        public enum Cooling: String, Sendable, CaseIterable {
            case exponential, linear, logarithmic
        }

        public var initialTemperature: Double
        public var cooling: Cooling
        public var coolingRate: Double
        public var proposalInterval: Int
        /// Standard deviation of a proposal in log-rate space.
        public var stepSize: Double
        public var minLR: Double
        public var maxLR: Double
    }

    /// A bandit rate controller: every `decisionInterval` ticks `policy` picks one of `arms`
    /// and the rate in force is multiplied by it, clamped to [minLR, maxLR]; the reward is the
    /// relative fall of the observed loss over the window.
    public struct Bandit: Sendable, Hashable {
        public enum Policy: String, Sendable, CaseIterable {
            case ucb1, exp3
        }

        /// Rate multipliers, at least two, all positive.
        public var arms: [Double]
        public var policy: Policy
        public var decisionInterval: Int
        /// UCB1's exploration factor c.
        public var exploration: Double
        /// EXP3's exploration rate γ.
        public var gamma: Double
        public var minLR: Double
        public var maxLR: Double
    }
}
