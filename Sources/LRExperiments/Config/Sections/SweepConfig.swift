/// Which variants of the experiment to run (`sweep:`). Only the shape is checked here; the
/// sweep runner expands it into trials.
public struct SweepConfig: Sendable {
    /// The registry of search methods.
    public enum Method: String, Sendable, CaseIterable {
        case grid, random, annealing, halving, pbt
    }

    /// A distribution to draw a parameter from.
    public enum Distribution: Sendable {
        case uniform(min: Double, max: Double)
        case logUniform(min: Double, max: Double)
        case intUniform(min: Int, max: Int)
        case choice([ConfigNode])
    }

    /// One varied key: a dotted path and its values.
    public struct Parameter: Sendable {
        public enum Values: Sendable {
            case list([ConfigNode])
            case distribution(Distribution)
        }

        /// Rates from a learning-rate range test: a suggestion of `LRFind` and the factors
        /// applied to it.
        public struct LRFindRequest: Sendable, Equatable {
            public var suggestion: String
            public var factors: [Double]
        }

        /// Dotted path into the experiment, e.g. `optimizer.lr`.
        public var path: String
        /// For an `lr_find` entry, empty until the sweep expands (`lrFind` says what to run).
        public var values: Values
        /// Set for `{from: lr_find, …}`; the expander replaces `values` with the rates.
        public var lrFind: LRFindRequest? = nil
    }

    /// A named case (`sweep.cases`): settings that go together, crossed with the grid and
    /// labelled by their name.
    public struct Case: Sendable {
        public var name: String
        /// The case as written: `name` and dotted paths to values.
        public var node: ConfigNode
    }

    /// The configuration the report compares every other with (`objective.baseline`).
    public enum Baseline: Sendable {
        /// A case, by name.
        case named(String)
        /// The configuration whose resolved experiment has these values at these paths.
        case values([(path: String, value: ConfigNode)])
    }

    /// What the sweep optimises.
    public struct Objective: Sendable {
        public var metric: String
        public var maximize: Bool
        public var baseline: Baseline?
        /// Set for `epochs_to`: `metric` is then the epoch at which the target was reached.
        public var target: Target? = nil

        public init(metric: String, maximize: Bool, baseline: Baseline? = nil) {
            self.metric = metric
            self.maximize = maximize
            self.baseline = baseline
        }

        /// The objective `epochs_to` makes: the target's epoch, minimised.
        public init(target: Target) {
            self.init(metric: target.recordedName, maximize: false)
            self.target = target
        }
    }

    /// `objective.epochs_to`: the first epoch at which `metric` reaches `value` (at least
    /// `value` when larger is better, at most it for losses).
    public struct Target: Sendable, Hashable {
        public var metric: String
        public var value: Double

        public init(metric: String, value: Double) {
            self.metric = metric
            self.value = value
        }

        /// Whether reaching means rising to `value` (accuracies, AUCs…) rather than falling.
        public var rises: Bool { TrainConfig.isMaximised(metric) }

        /// The trial metric it is recorded as, e.g. `epochs_to_val_accuracy_0.95`.
        public var recordedName: String { "epochs_to_\(metric)_\(value)" }

        /// Whether `measured` meets the target; never for a non-finite value.
        public func isReached(by measured: Double) -> Bool {
            measured.isFinite && (rises ? measured >= value : measured <= value)
        }

        /// In words, e.g. "`val_accuracy` ≥ 0.95".
        public var condition: String { "`\(metric)` \(rises ? "≥" : "≤") \(value)" }
    }

    public var method: Method
    /// In file order.
    public var parameters: [Parameter]
    /// In file order; crossed with the grid of `parameters`, outermost.
    public var cases: [Case] = []
    public var trials: Int?
    /// Replicate seeds of every configuration; empty means the experiment's seed only.
    public var seeds: [Int]
    public var objective: Objective
    public var initialTemperature: Double?
    public var coolingRate: Double?
    public var minEpochs: Int?
    public var maxEpochs: Int?
    public var reductionFactor: Int?
    public var brackets: Int?
    public var population: Int?
    public var interval: Int?
    public var fraction: Double?
    public var perturb: [Double]
}
