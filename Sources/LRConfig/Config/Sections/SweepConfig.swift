/// Which variants of the experiment to run (`sweep:`). Only the shape is checked here; the
/// sweep runner expands it into trials.
package struct SweepConfig: Sendable {
    /// The registry of search methods.
    package enum Method: String, Sendable, CaseIterable {
        case grid, random, annealing, halving, pbt
    }

    /// A distribution to draw a parameter from.
    package enum Distribution: Sendable {
        case uniform(min: Double, max: Double)
        case logUniform(min: Double, max: Double)
        case intUniform(min: Int, max: Int)
        case choice([ConfigNode])
    }

    /// One varied key: a dotted path and its values.
    package struct Parameter: Sendable {
        package enum Values: Sendable {
            case list([ConfigNode])
            case distribution(Distribution)
        }

        /// Rates from a learning-rate range test: a suggestion of `LRFind` and the factors
        /// applied to it.
        package struct LRFindRequest: Sendable, Equatable {
            package var suggestion: String
            package var factors: [Double]
        }

        /// Dotted path into the experiment, e.g. `optimizer.lr`.
        package var path: String
        /// For an `lr_find` entry, empty until the sweep expands (`lrFind` says what to run).
        package var values: Values
        /// Set for `{from: lr_find, …}`; the expander replaces `values` with the rates.
        package var lrFind: LRFindRequest? = nil
    }

    /// A named case (`sweep.cases`): settings that go together, crossed with the grid and
    /// labelled by their name.
    package struct Case: Sendable {
        package var name: String
        /// The case as written: `name` and dotted paths to values.
        package var node: ConfigNode
    }

    /// The configuration the report compares every other with (`objective.baseline`).
    package enum Baseline: Sendable {
        /// A case, by name.
        case named(String)
        /// The configuration whose resolved experiment has these values at these paths.
        case values([(path: String, value: ConfigNode)])
    }

    /// What the sweep optimises.
    package struct Objective: Sendable {
        package var metric: String
        package var maximize: Bool
        package var baseline: Baseline?
        /// Set for `epochs_to`: `metric` is then the epoch at which the target was reached.
        package var target: Target? = nil

        package init(metric: String, maximize: Bool, baseline: Baseline? = nil) {
            self.metric = metric
            self.maximize = maximize
            self.baseline = baseline
        }

        /// The objective `epochs_to` makes: the target's epoch, minimised.
        package init(target: Target) {
            self.init(metric: target.recordedName, maximize: false)
            self.target = target
        }
    }

    /// `objective.epochs_to`: the first epoch at which `metric` reaches `value` (at least
    /// `value` when larger is better, at most it for losses).
    package struct Target: Sendable, Hashable {
        package var metric: String
        package var value: Double

        package init(metric: String, value: Double) {
            self.metric = metric
            self.value = value
        }

        /// Whether reaching means rising to `value` (accuracies, AUCs…) rather than falling.
        package var rises: Bool { TrainConfig.isMaximised(metric) }

        /// The trial metric it is recorded as, e.g. `epochs_to_val_accuracy_0.95`.
        package var recordedName: String { "epochs_to_\(metric)_\(value)" }

        /// Whether `measured` meets the target; never for a non-finite value.
        package func isReached(by measured: Double) -> Bool {
            measured.isFinite && (rises ? measured >= value : measured <= value)
        }

        /// In words, e.g. "`val_accuracy` ≥ 0.95".
        package var condition: String { "`\(metric)` \(rises ? "≥" : "≤") \(value)" }
    }

    package var method: Method
    /// In file order.
    package var parameters: [Parameter]
    /// In file order; crossed with the grid of `parameters`, outermost.
    package var cases: [Case] = []
    package var trials: Int?
    /// Replicate seeds of every configuration; empty means the experiment's seed only.
    package var seeds: [Int]
    package var objective: Objective
    package var initialTemperature: Double?
    package var coolingRate: Double?
    package var minEpochs: Int?
    package var maxEpochs: Int?
    package var reductionFactor: Int?
    package var brackets: Int?
    package var population: Int?
    package var interval: Int?
    package var fraction: Double?
    package var perturb: [Double]
}
