import Foundation
import LRExperimentsTestSupport
@testable import LRReport
import LRTestSupport
@testable import LRTrial
import Testing

struct ReportWriterTests {
    static func files(_ result: RunResult) -> [(path: String, contents: String)] {
        ReportWriter.files(for: result, summary: RunSummary(result))
    }

    static func report(_ result: RunResult) -> String {
        files(result).first { $0.path == "report.md" }?.contents ?? ""
    }

    @Test func sweepSnapshots() throws {
        let files = Self.files(try RunFixtures.sweepRun())
        #expect(files.map(\.path) == ["report.md", "plots/loss.svg", "plots/lr.svg", "plots/val.svg"])
        for file in files {
            if file.path.hasSuffix(".svg") { #expect(XMLCheck.error(file.contents) == nil, "\(file.path)") }
            Snapshot.check(file.contents, named: "report/sweep-" + file.path.replacingOccurrences(of: "plots/", with: ""))
        }
    }

    @Test func functionModelSnapshots() throws {
        let files = Self.files(try RunFixtures.singleRun())
        // No validation data: no val.svg, and the report does not link one.
        #expect(files.map(\.path) == ["report.md", "plots/loss.svg", "plots/lr.svg"])
        #expect(!files[0].contents.contains("val.svg"))
        Snapshot.check(files[0].contents, named: "report/single-report.md")
    }

    @Test func deterministicAndTimestampFree() throws {
        let a = Self.files(try RunFixtures.sweepRun())
        let b = Self.files(try RunFixtures.sweepRun())
        #expect(a.map(\.contents) == b.map(\.contents))
        let report = a[0].contents
        #expect(!report.contains("2026") && !report.contains("UTC"))
    }

    @Test func reportContents() throws {
        let report = Self.report(try RunFixtures.sweepRun())
        #expect(report.hasPrefix("# adam-vs-sgd\n\nDoes Adam reach a lower validation loss"))
        #expect(report.contains("![loss](plots/loss.svg)"))
        #expect(report.contains("![lr](plots/lr.svg)"))
        #expect(report.contains("![val_loss](plots/val.svg)"))
        // The best in one sentence, the noise verdict in another (t, df and p from
        // scipy.stats.ttest_ind([0.123, 0.119, 0.127], [0.125, 0.131], equal_var=False)).
        #expect(report.contains("The best configuration is `adam lr=0.01`, which reaches a mean `val_loss` of 0.123 ± 0.004 over 3 seeds"))
        // Holm over the three comparisons with the best (statsmodels' multipletests: the
        // runner-up's 0.30925987069322614 stays the largest, so it is unchanged).
        #expect(report.contains("are not distinguishable on `val_loss` over 3 and 2 seeds (Welch's t-test t = -1.321, df = 2.158, p = 0.3093; "
            + "Holm-adjusted over 3 comparisons with the best, p = 0.3093 ≥ 0.05); treat them as equal or add seeds."))
        // The signed-rank p of three pairs that all point one way is 2/2³ (scipy.stats.wilcoxon: 0.25).
        #expect(report.contains("| 2 | `adam lr=0.1` | 0.181 ± 0.009 | 0.058 | [0.053, 0.063] | paired t-test by seed | 0.002468 | 0.25 | 0.007404 | worse beyond seed noise |"))
        #expect(report.contains("With 3 seeds it cannot fall below 0.25"))
        // Failure messages reach the trial table with pipes escaped.
        #expect(report.contains("could not read 'data/x.csv' \\| line 3"))
        #expect(report.contains("| `t32` | 4 | 2 | diverged | — | nan |"))
    }

    @Test func significantVerdict() throws {
        var result = try RunFixtures.sweepRun()
        let shifted: [String: Double] = ["t21": 0.301, "t22": 0.305, "t31": 0.150, "t33": 0.152]
        for i in result.trials.indices {
            if let v = shifted[result.trials[i].spec.id] {
                result.trials[i].outcome.final = RunFixtures.finals(train: 0.2, val: v, accuracy: 0.7)
            }
        }
        let report = Self.report(result)
        #expect(report.contains("beats the runner-up `sgd lr=0.1` (0.151 ± 0.001414) on `val_loss` by more than seed noise"))
        // statsmodels' Holm over p = (0.0027478485663782496, 0.002468042659287586,
        // 1.5658014252683735e-05): 0.004936085318575172 for the runner-up.
        #expect(report.contains("p = 0.002748; Holm-adjusted over 3 comparisons with the best, p = 0.004936 < 0.05"))
    }

    @Test func notEnoughSeedsVerdict() throws {
        var result = try RunFixtures.sweepRun()
        result.trials = result.trials.filter { $0.spec.seed == 1 }
        let report = Self.report(result)
        #expect(report.contains("with 1 seed the gap cannot be told from seed noise"))
    }

    @Test func fallbackIsExplained() throws {
        var result = try RunFixtures.sweepRun()
        result.experiment.sweep?.objective = .init(metric: "test_accuracy", maximize: true)
        let report = Self.report(result)
        #expect(report.contains("The experiment asks for `test_accuracy`, which no trial reported, so configurations are ranked by `train_loss` instead."))
        #expect(report.contains("| train_loss (objective) |"))
    }

    @Test func manyTrialsArePlottedPerConfiguration() throws {
        var result = try RunFixtures.sweepRun()
        // 24 trials: every trial again with seeds 4–6.
        result.trials += result.trials.map { trial in
            var copy = trial
            copy.spec.seed += 3
            copy.spec.id += "b"
            return copy
        }
        let files = Self.files(result)
        let loss = try #require(files.first { $0.path == "plots/loss.svg" }?.contents)
        #expect(XMLCheck.error(loss) == nil)
        #expect(loss.contains(">adam lr=0.01</text>") && !loss.contains("seed"))
        #expect(loss.components(separatedBy: "<g fill=\"none\"").count - 1 == 4)
        #expect(files[0].contents.contains("one line per configuration: the mean over its ok/stopped seeds"))
        Snapshot.check(loss, named: "report/many-loss.svg")
    }
}

extension ReportWriterTests {
    @Test func singleConfigurationReportsSeedSpread() throws {
        var result = try RunFixtures.sweepRun()
        result.trials = result.trials.filter { $0.spec.configurationID == "c1" }
        let report = Self.report(result)
        // numpy: np.std([0.181, 0.172, 0.190], ddof=1) = 0.009
        #expect(report.contains("Across its 3 seeds `val_loss` has a sample standard deviation of 0.009"))
    }

    @Test func backticksInValuesCannotBreakInlineCode() throws {
        var result = try RunFixtures.sweepRun()
        let summary = RunSummary(result)
        var labels = summary
        labels.configurations[0].parameters[0].text = "a`b"
        let sentence = ReportSentences.best(labels, ReportLabels(labels))
        #expect(sentence.contains("`a'b lr=0.01`"))
        result.trials = []
        #expect(ReportSentences.best(RunSummary(result), ReportLabels(RunSummary(result))).hasPrefix("No configuration"))
    }
}

extension ReportWriterTests {
    @Test func bestForEachValueOfTheFirstParameterNamesTies() throws {
        var result = try RunFixtures.sweepRun()
        // Make adam's two rates equal on every seed: a tie within kind=adam.
        let tied: [String: Double] = ["t11": 0.123, "t12": 0.119, "t13": 0.127]
        for i in result.trials.indices {
            if let v = tied[result.trials[i].spec.id] {
                result.trials[i].outcome.final = RunFixtures.finals(train: 0.2, val: v, accuracy: 0.7)
            }
        }
        let report = Self.report(result)
        #expect(report.contains("- **Best for each `kind`** (lowest mean `val_loss`):"))
        #expect(report.contains("  - `kind=adam`: `lr=0.01` with 0.123 ± 0.004 (tied with 1 other)"))
        #expect(report.contains("  - `kind=sgd`: `lr=0.01` with 0.128 ± 0.004243\n"))
    }

    @Test func oneSweptParameterHasNoPerValueLine() throws {
        var result = try RunFixtures.sweepRun()
        for i in result.trials.indices { result.trials[i].spec.assignments.removeLast() }
        #expect(ReportSentences.bestPerFirstParameter(RunSummary(result), ReportLabels(RunSummary(result))) == nil)
    }
}

extension ReportWriterTests {
    @Test func equalMeansAreATieNotALead() throws {
        var result = try RunFixtures.sweepRun()
        result.trials = result.trials.filter { $0.spec.seed == 1 }
        // adam 0.01 and sgd 0.01 both at 0.123 on their one seed.
        for i in result.trials.indices where result.trials[i].spec.id == "t21" {
            result.trials[i].outcome.final = RunFixtures.finals(train: 0.2, val: 0.123, accuracy: 0.7)
        }
        let report = Self.report(result)
        #expect(report.contains("and the runner-up `sgd lr=0.01` (0.123) tie on `val_loss` over 1 seed: their means are equal."))
        #expect(!report.contains("leads the runner-up"))
    }
}
