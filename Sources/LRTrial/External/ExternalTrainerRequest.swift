import LREngine

/// What lrlab needs to run one trial on an external trainer.
struct ExternalTrainerRequest: Sendable {
    /// The command, its first word looked up on `PATH` unless it names a path.
    var command: [String]
    /// Where the command runs (the experiment file's directory).
    var directory: String
    /// The trial's scratch directory, under the run's work area.
    var scratch: String
    var timeoutSeconds: Double
    var trialID: String
    var seed: Int
    /// One seed per named random stream, in the order sent.
    var streams: [(name: String, seed: UInt64)]
    /// The resolved configuration as one JSON object.
    var configJSON: String
    var epochs: Int
    /// Each parameter group's multiple of the scheduled rate (one entry without groups).
    var groupScales: [Double] = [1]
    /// When the schedule ticks and what it observes: the engine's rule.
    var clock: ScheduleClock = .everyUpdate(lossIsMetric: false)
    /// Updates each epoch must have (`trainer.steps_per_epoch`); nil: any number.
    var stepsPerEpoch: Int? = nil
    /// A training loss above this is divergence (`train.divergence.loss_above`).
    var lossAbove: Double? = nil
    /// Most distinct metric names the trial may report.
    var maxMetricNames = ExternalTrial.maxMetricNames
    /// Most updates the trial may report in all (bounds the memory a trainer can make lrlab use).
    var maxUpdates = ExternalTrial.maxUpdates
}

/// What lrlab answers after an epoch, beside the default (continue until the last epoch).
package enum ExternalEpochDecision: Sendable, Equatable {
    case proceed
    case stop(String)
    case save(String)
    case load(String)
}

/// One update as the trainer reported it, with the rates lrlab sent for it.
struct ExternalStep: Sendable, Equatable {
    /// The schedule's rate, before `param_groups` scaling.
    var scheduled: Double
    var lr: [Double]
    var momentum: Double?
    var trainLoss: Double
    var gradNorm: Double?
}

/// How an external trial ended.
struct ExternalTrainerReport: Sendable {
    enum Status: String, Sendable { case ok, stopped, diverged, failed }
    var status: Status = .ok
    /// Why it ended, when not after its last epoch.
    var reason: String?
    var steps: [ExternalStep] = []
    /// Per epoch, the reported metrics sorted by name.
    var epochs: [[(name: String, value: Double)]] = []
    /// Per epoch, the number of updates reported by its end.
    var epochEnds: [Int] = []
    /// Every metric name reported so far, sorted.
    var knownMetricNames: [String] = []
    var log = ""
    var logTail = ""
}
