import Testing
@testable import LRConfig
@testable import LRTrial
@testable import LRReport
import LRTestSupport
import LRExperimentsTestSupport

/// `sweep.objective.baseline`: every configuration against a named one, paired by seed and
/// Holm-corrected, with verdicts that say which way a real gap goes.
@Suite struct BaselineTests {
    /// Three cases over five seeds. Against `sgd`, `adam` is lower on every seed by about 0.05
    /// (better), `adagrad` higher by about 0.04 (worse), `rmsprop` swings both ways (noise).
    static let objective: [String: [Double]] = [
        "sgd": [0.50, 0.52, 0.47, 0.55, 0.49],
        "adam": [0.45, 0.466, 0.425, 0.502, 0.437],
        "adagrad": [0.54, 0.561, 0.508, 0.594, 0.532],
        "rmsprop": [0.52, 0.49, 0.50, 0.53, 0.47],
    ]

    static func run(baseline: String) throws -> (RunResult, Experiment) {
        let fixture = try SweepFixture(irisExperiment(optimizer: "{kind: sgd, lr: 0.1}", sweep: """
              method: grid
              cases:
                - {name: sgd, optimizer: {kind: sgd, lr: 0.1}}
                - {name: adam, optimizer: {kind: adam, lr: 0.01}}
                - {name: adagrad, optimizer: {kind: adagrad, lr: 0.01}}
                - {name: rmsprop, optimizer: {kind: rmsprop, lr: 0.001}}
              seeds: [1, 2, 3, 4, 5]
              objective: {metric: val_loss, baseline: \(baseline)}

            """))
        let trials = try fixture.trials().map { spec in
            let value = objective[spec.caseName ?? ""]?[spec.seed - 1] ?? .nan
            return RunResult.Trial(spec: spec, outcome: TrialOutcome(
                status: .ok, final: [.init("val_loss", value)], best: [], curve: CurveTable(columns: ["step"]),
                epochs: 2, steps: 2))
        }
        return (RunResult(experiment: fixture.experiment, trials: trials), fixture.experiment)
    }

    @Test func everyConfigurationIsComparedWithTheBaseline() throws {
        let (result, _) = try Self.run(baseline: "sgd")
        let summary = RunSummary(result)
        #expect(summary.baseline == 0)
        #expect(summary.againstBaseline.map(\.configuration) == [1, 3, 2])  // rank order: adam, rmsprop, adagrad
        // scipy.stats.ttest_rel(sgd, adam).pvalue etc.; Holm over the three.
        let p = summary.againstBaseline.compactMap { $0.test?.p }
        #expect(p.count == 3 && p[0] < 0.001 && p[2] < 0.001 && p[1] > 0.5)
        let verdicts = summary.againstBaseline.map { MarkdownReport.verdict($0, summary, reference: 0) }
        #expect(verdicts == ["better beyond seed noise", "within seed noise", "worse beyond seed noise"])
        #expect(summary.againstBaseline.allSatisfy { $0.test?.method == .pairedT })
    }

    @Test func theReportSaysWhatBeatsTheBaseline() throws {
        let (result, _) = try Self.run(baseline: "sgd")
        let summary = RunSummary(result)
        let labels = ReportLabels(summary)
        #expect(BaselineReport.sentence(summary, labels)
            == "1 of 3 configurations beat `sgd` beyond seed noise (`adam`); 1 is worse (`adagrad`); 1 is within seed noise of it.")
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains("## Against the baseline"))
        #expect(!report.contains("## Against the best"))
        #expect(report.contains("| 2 | `adam` | 0.456 ± 0.02989 | -0.05 |"))
    }

    @Test func aBaselineThatIsBestIsBeatenByNothing() throws {
        let (result, _) = try Self.run(baseline: "{case: adam}")
        let summary = RunSummary(result)
        #expect(summary.baseline == 1 && summary.best == 1)
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains("0 of 3 configurations beat `adam` beyond seed noise; 3 are worse (`rmsprop`, `sgd`, `adagrad`)"))
    }
}
