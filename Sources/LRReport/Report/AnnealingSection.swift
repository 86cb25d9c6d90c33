import LRConfig
import LREngine
import LRTrial

/// The report's "Annealing schedule" section: for each configuration whose trials anneal
/// their rate, how often the Metropolis tests accepted, read from the curves' `accepted` and
/// `temperature` columns (`AnnealingSchedule`), each figure the mean over the configuration's
/// seeds that ran a test.
///
/// - initial acceptance: the share accepted of a trial's first `AnnealingSchedule.acceptanceWindow`
///   tests (after the calibration of T₀, whose proposals are not tests);
/// - overall acceptance: the share of all its tests;
/// - T₀ and final temperature: the first and last temperature in force.
///
/// A chain that accepts nearly every proposal is a random walk of the rate, not a search:
/// a configuration whose overall acceptance reaches `randomWalkAcceptance` is flagged.
package enum AnnealingSection {
    /// What one trial's curve says about its chain.
    package struct Chain: Equatable {
        var tests: Int
        var initial: Double
        var overall: Double
        var initialTemperature: Double?
        var finalTemperature: Double?
    }

    /// One configuration's chains, averaged over its seeds.
    package struct Row: Equatable {
        var configuration: Int
        var target: Double?
        var seeds: Int
        var tests: Double
        var initial: Double
        var overall: Double
        var initialTemperature: Double?
        var finalTemperature: Double?
    }

    /// Overall acceptance at or above which the chain is called a random walk.
    package static let randomWalkAcceptance = 0.9

    /// The chain of one trial's curve; nil when it has no `accepted` column or no test.
    package static func chain(_ curve: CurveTable) -> Chain? {
        guard let accepted = curve.column("accepted")?.compactMap({ $0 }), !accepted.isEmpty else { return nil }
        let temperatures = curve.column("temperature")?.compactMap { $0 } ?? []
        let first = accepted.prefix(AnnealingSchedule.acceptanceWindow)
        return Chain(
            tests: accepted.count, initial: first.reduce(0, +) / Double(first.count),
            overall: accepted.reduce(0, +) / Double(accepted.count),
            initialTemperature: temperatures.first, finalTemperature: temperatures.last)
    }

    /// The target acceptance of a trial's calibrated annealing schedule; nil when T₀ is given
    /// or the schedule is not (directly) an annealing one.
    package static func target(_ trial: RunResult.Trial) -> Double? {
        guard let kind = trial.spec.experiment.schedule.kind as? AnnealingScheduleKind, kind.initialTemperature == nil
        else { return nil }
        return kind.targetAcceptance
    }

    /// One row per configuration with at least one chain, in configuration order.
    package static func rows(_ result: RunResult, _ summary: RunSummary) -> [Row] {
        summary.configurations.enumerated().compactMap { index, configuration in
            let trials = result.trials.filter { $0.spec.configurationID == configuration.id }
            let chains = trials.compactMap { chain($0.outcome.curve) }
            guard !chains.isEmpty else { return nil }
            let n = Double(chains.count)
            func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
            return Row(
                configuration: index, target: trials.first.flatMap(target), seeds: chains.count,
                tests: chains.reduce(0) { $0 + Double($1.tests) } / n,
                initial: chains.reduce(0) { $0 + $1.initial } / n, overall: chains.reduce(0) { $0 + $1.overall } / n,
                initialTemperature: mean(chains.compactMap(\.initialTemperature)),
                finalTemperature: mean(chains.compactMap(\.finalTemperature)))
        }
    }

    /// The section's paragraphs (heading first), or nothing when no trial anneals its rate.
    package static func render(_ result: RunResult, _ summary: RunSummary, _ labels: ReportLabels) -> [String] {
        let rows = rows(result, summary)
        guard !rows.isEmpty else { return [] }
        let window = AnnealingSchedule.acceptanceWindow
        var intro =
            "How often each annealing chain accepted a proposed rate, mean over its seeds: the initial rate is the share "
            + "of the first \(window) Metropolis tests accepted (after the proposals that calibrate T₀, when "
            + "`initial_temperature: auto`), the overall rate the share of all tests; each trial's curve has the share of "
            + "its last \(window) tests in `acceptance_rate`."
        let walks = rows.filter { $0.overall >= randomWalkAcceptance }
        if !walks.isEmpty {
            intro += " **Random walk:** "
                + walks.map { "`\(labels.configuration($0.configuration))`" }.joined(separator: ", ")
                + " accepted \(ReportNumbers.value(randomWalkAcceptance * 100)) % or more of its proposals: T₀ is far above "
                + "the loss changes, so the rate wanders instead of being searched (use `initial_temperature: auto`). "
                + "A rate that should only start high and end low is a decay schedule (`cosine`, `exponential`, `step`)."
        }
        let header = ["#", "configuration", "target", "initial acceptance", "overall acceptance", "tests", "T₀",
                      "final temperature", "seeds"]
        let right = [true, false, true, true, true, true, true, true, true]
        let table = MarkdownTable(header: header, rows: rows.map { row in
            [String(row.configuration + 1), "`\(labels.configuration(row.configuration))`",
             row.target.map(ReportNumbers.value) ?? "—", ReportNumbers.value(row.initial), ReportNumbers.value(row.overall),
             ReportNumbers.value(row.tests), row.initialTemperature.map(ReportNumbers.value) ?? "—",
             row.finalTemperature.map(ReportNumbers.value) ?? "—", String(row.seeds)]
        }, rightAligned: right)
        return ["## Annealing schedule", intro, table.render()]
    }
}
