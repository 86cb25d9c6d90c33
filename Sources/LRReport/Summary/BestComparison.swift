/// One configuration against the best (or the baseline), over seeds: the test (paired by seed when both ran the
/// same seeds) and its p-value adjusted for every configuration compared with the best
/// (``Holm``). Picking the best from m configurations and testing it against each is m tests,
/// so "beyond seed noise" is decided on the adjusted value.
package struct BestComparison: Sendable {
    /// Index into `RunSummary.configurations`.
    package var configuration: Int
    /// Nil when either side has fewer than two finished seeds.
    package var test: SeedTest?
    /// Holm-adjusted p-value over the tested comparisons; nil without a test.
    package var adjustedP: Double?
    /// The 95 % bootstrap interval of this configuration's mean minus the best's (the "Δ vs
    /// best" of a report); nil when either side has fewer than two finished seeds.
    package var difference: BootstrapInterval?

    /// The gap is beyond seed noise after the correction.
    package var significant: Bool { adjustedP.map { $0 < SeedComparison.alpha } ?? false }

    /// Every ranked configuration after the best (`ranked[0]`) against it, in rank order.
    package static func all(_ configurations: [ConfigurationSummary], ranked: [Int]) -> [BestComparison] {
        guard let best = ranked.first else { return [] }
        return all(configurations, against: best, others: Array(ranked.dropFirst()))
    }

    /// Each of `others` against configuration `reference` (the best, or the baseline), in the
    /// order given, Holm-corrected over the tested ones.
    package static func all(_ configurations: [ConfigurationSummary], against reference: Int, others: [Int]) -> [BestComparison] {
        var comparisons = others.map { index in
            BestComparison(
                configuration: index,
                // Reference minus other, as the report's best-against-runner-up sentence reads it.
                test: SeedTest(configurations[reference].objectiveBySeed, configurations[index].objectiveBySeed),
                adjustedP: nil,
                difference: BootstrapInterval(configurations[index].objectiveBySeed, configurations[reference].objectiveBySeed))
        }
        let tested = comparisons.indices.compactMap { i in comparisons[i].test.map { (index: i, p: $0.p) } }
        let adjusted = Holm.adjust(tested.map(\.p))
        for (position, entry) in tested.enumerated() { comparisons[entry.index].adjustedP = adjusted[position] }
        return comparisons
    }
}
