import LREngine

/// Sizes an experiment may ask for, each refused at validation with a located error so that
/// `validate`, `plan` and `run` agree before anything large is built.
package enum Limits {
    /// Longest schedule length, in ticks (2⁴⁰): the engine's schedules refuse more, so that
    /// their tick arithmetic never overflows; the key table refuses it first.
    package static let maxTicks = ScheduleError.maximumTicks
    /// Most files one experiment may load through `extends:` (counting each `extends:` entry
    /// followed): a few hand-written bases are the use; fan-out beyond this is a mistake.
    package static let maxExtendsLoads = 256
    /// Deepest `extends:` chain: each level is a recursive load, and real chains are short.
    package static let maxExtendsDepth = 32
    /// Most trials one sweep may expand to (configurations times seeds): each trial is a whole
    /// resolved experiment held in memory, so a runaway sweep is refused before it is built.
    package static let maxTrials = 100_000
    /// Most epochs a halving rung may train: the same bound as `train.epochs`, and small enough
    /// that the rung budgets computed in Double convert back to Int without trapping.
    package static let maxEpochs = 1_000_000
    /// Most members of a pbt population: every member is a live model trained round by round,
    /// and each is a trial, so the population is held to well under ``maxTrials``.
    package static let maxPopulation = 1_000
    /// Largest CSV file a `csv` source may read (64 MiB): it is parsed whole, at about
    /// twenty times its size in memory at worst (one field per two bytes).
    package static let maxCSVBytes = 64 << 20
    /// Most working memory one trial may be estimated to need (4 GiB): parameters with their
    /// gradients and optimizer state, the batch's activations and the data. `--jobs` runs
    /// several trials at once, each within this.
    package static let maxTrialBytes = 4 << 30
    /// Most cells (rows × columns) of one trial's `curve.csv`, one row per update: at the
    /// widest 25 bytes a cell, the file stays under the 128 MiB a bundle file may hold
    /// (``BundleReader``).
    package static let maxCurveCells = 5_000_000
    /// Most curve cells of all the trials a sweep plans, for the same reason: the bundle as a
    /// whole stays under the 512 MiB ``BundleReader`` reads, so `check` and `diff` can read
    /// back every bundle `run` writes.
    package static let maxSweepCurveCells = 20_000_000
    /// Largest weight `train.class_weights` may give a class: a batch's weight sum (at most
    /// this times the rows of ``maxTrialBytes`` worth of data) stays far inside Double's range,
    /// and ratios beyond 10⁶ between classes are a typo rather than a rebalancing.
    package static let maxClassWeight = 1e6
    /// Most weights `train.class_weights` may list: one per class, and no built-in source or
    /// CSV target a model can train on comes near this many classes.
    package static let maxClassWeights = 10_000
}
