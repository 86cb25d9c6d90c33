import LREngine

/// The named random streams of a trial.
///
/// Every random number lrlab draws comes from a `RandomStream` (xoshiro256** seeded through
/// SplitMix64) identified by the experiment's root `seed`, a trial seed and a name:
///
/// | stream     | trial seed          | draws                                                     |
/// |------------|---------------------|-----------------------------------------------------------|
/// | `data`     | 0                   | a synthetic source's examples                             |
/// | `split`    | 0                   | the permutation cutting train / validation / test         |
/// | `init`     | the replicate seed  | the initial weights and biases                            |
/// | `shuffle`  | the replicate seed  | one permutation of the training rows per epoch            |
/// | `schedule` | the replicate seed  | an `annealing` schedule's proposals and acceptance tests  |
///
/// `data` and `split` do not depend on the replicate seed: every trial of a sweep, and every
/// seed replicate, trains on the same examples cut the same way, so replicates differ only in
/// initialisation, batch order and annealing, and one prepared data set serves a whole sweep.
/// The replicate seed is the trial's seed (`sweep.seeds`, else the experiment's `seed`). An
/// annealing schedule inside a `sequence` draws from `schedule.<i>` (its position, from 0).
package enum TrialStreams {
    package static let data = "data"
    package static let split = "split"
    package static let initialization = "init"
    package static let shuffle = "shuffle"
    package static let schedule = "schedule"

    /// A stream shared by every trial of `experiment` (`data`, `split`).
    package static func shared(_ name: String, experiment: Experiment) -> RandomStream {
        RandomStream(root: UInt64(truncatingIfNeeded: experiment.seed), trial: 0, name: name)
    }

    /// A stream of one replicate (`init`, `shuffle`, `schedule`).
    package static func trial(_ name: String, _ spec: TrialSpec) -> RandomStream {
        RandomStream(
            root: UInt64(truncatingIfNeeded: spec.experiment.seed), trial: UInt64(truncatingIfNeeded: spec.seed),
            name: name)
    }
}
