/// Sizes an experiment may ask for, each refused at validation with a located error so that
/// `validate`, `plan` and `run` agree before anything large is built.
public enum Limits {
    /// Most files one experiment may load through `extends:` (counting each `extends:` entry
    /// followed): a few hand-written bases are the use; fan-out beyond this is a mistake.
    public static let maxExtendsLoads = 256
    /// Deepest `extends:` chain: each level is a recursive load, and real chains are short.
    public static let maxExtendsDepth = 32
    /// Most trials one sweep may expand to (configurations times seeds): each trial is a whole
    /// resolved experiment held in memory, so a runaway sweep is refused before it is built.
    public static let maxTrials = 100_000
    /// Most epochs a halving rung may train: the same bound as `train.epochs`, and small enough
    /// that the rung budgets computed in Double convert back to Int without trapping.
    public static let maxEpochs = 1_000_000
    /// Most members of a pbt population: every member is a live model trained round by round,
    /// and each is a trial, so the population is held to well under ``maxTrials``.
    public static let maxPopulation = 1_000
}
