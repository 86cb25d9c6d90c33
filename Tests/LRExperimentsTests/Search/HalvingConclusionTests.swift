import Foundation
import LRYAML
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
@testable import LRBundle
@testable import LRRun
import LRTestSupport
import LRExperimentsTestSupport

/// Successive halving's conclusions: the best is chosen at the largest budget, the compute
/// figure counts seeds, and a configuration without a usable trial is never promoted.
@Suite struct HalvingConclusionTests {
    static let yaml = """
        version: 1
        name: halving-small
        seed: 3
        data: {source: moons, samples: 200}
        model: {kind: mlp, hidden: [8]}
        optimizer: {kind: sgd, lr: 0.1}
        train: {epochs: 9, divergence: {loss_above: 1.0e3}}
        sweep:
          method: halving
          reduction_factor: 3
          min_epochs: 1
          parameters: {optimizer.lr: [0.03, 0.1, 0.3]}

        """

    /// A trial of `experiment` with `lr` trained for `epochs`, reaching `valLoss`.
    static func trial(_ experiment: Experiment, lr: Double, epochs: Int, valLoss: Double) -> RunResult.Trial {
        let assignments = [
            TrialSpec.Assignment(path: "optimizer.lr", value: ConfigNode(.scalar(.float(lr), text: "\(lr)"), location: experiment.document.location)),
            TrialSpec.Assignment(path: "train.epochs", value: ConfigNode(.scalar(.int(epochs), text: "\(epochs)"), location: experiment.document.location)),
        ]
        let spec = TrialSpec(id: "t-\(lr)-\(epochs)", configurationID: "c-\(lr)-\(epochs)", assignments: assignments, seed: 1,
                             experiment: experiment)
        return RunResult.Trial(spec: spec, outcome: SampleRuns.outcome(trainLoss: valLoss, valLoss: valLoss))
    }

    @Test func theBestIsChosenAtTheLargestBudgetOnly() throws {
        let experiment = try RunFixtures.experiment(Self.yaml)
        // A 1-epoch trial with a lower loss than any 9-epoch one must not win.
        let result = RunResult(experiment: experiment, trials: [
            Self.trial(experiment, lr: 0.3, epochs: 1, valLoss: 0.1),
            Self.trial(experiment, lr: 0.1, epochs: 1, valLoss: 0.6),
            Self.trial(experiment, lr: 0.1, epochs: 3, valLoss: 0.5),
            Self.trial(experiment, lr: 0.1, epochs: 9, valLoss: 0.4),
            Self.trial(experiment, lr: 0.03, epochs: 9, valLoss: 0.45),
        ])
        let summary = RunSummary(result)
        #expect(summary.budget == 9)
        #expect(summary.bestConfiguration?.id == "c-0.1-9")
        #expect(summary.comparison.map { summary.configurations[$0.runnerUp].id } == "c-0.03-9")
        #expect(BundleMetrics(result: result).best?.configuration == "c-0.1-9")
        let sentence = ReportSentences.best(summary, ReportLabels(summary))
        #expect(sentence.hasSuffix("Only configurations trained for the full 9 epochs are ranked (successive halving's last rung)."))
        // The best per rate compares the last rung only; a rate dropped earlier says so.
        let perRate = try #require(ReportSentences.bestPerFirstParameter(summary, ReportLabels(summary)))
        #expect(perRate.contains { $0.hasPrefix("`lr=0.3`: no configuration reached the last rung (9 epochs).") })
        #expect(perRate.contains { $0.hasPrefix("`lr=0.1`: `epochs=9` with 0.4") })
    }

    @Test func otherSweepsRankEveryConfiguration() throws {
        let experiment = try RunFixtures.experiment(Self.yaml.replacingOccurrences(of: "method: halving", with: "method: grid")
            .replacingOccurrences(of: "  reduction_factor: 3\n  min_epochs: 1\n", with: ""))
        let result = RunResult(experiment: experiment, trials: [
            Self.trial(experiment, lr: 0.3, epochs: 1, valLoss: 0.1),
            Self.trial(experiment, lr: 0.1, epochs: 9, valLoss: 0.4),
        ])
        #expect(RunSummary(result).budget == nil)
        #expect(RunSummary(result).bestConfiguration?.id == "c-0.3-1")
    }

    @Test func theComputeFigureCountsSeeds() throws {
        let files = try TempFiles()
        let path = try files.write("h.yaml", Self.yaml.replacingOccurrences(of: "  parameters:", with: "  seeds: [1, 2]\n  parameters:"))
        let command = ExperimentRun(files: [path], outDirectory: files.directory + "/out", jobs: 1, cacheDirectory: files.directory + "/cache")
        let plan = try command.plans().get()[0]
        guard case .written(_, _, let directory, _) = command.execute(plan, work: .runner) else {
            Issue.record("no bundle")
            return
        }
        let search = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/search.json"))))
        // 3 configurations × 9 epochs × 2 seeds; trained: rung 0 (3 × 1 epoch) and rung 1
        // (1 × 3 epochs) and rung 2 (1 × 9 epochs... promoted max(1, 1/3)), each for 2 seeds.
        #expect(search["seeds"]?.intValue == 2)
        #expect(search["grid_epochs"]?.intValue == 54)
        let trained = try #require(search["epochs_trained"]?.intValue)
        #expect(trained <= 2 * (3 * 1 + 1 * 3 + 1 * 9))
        let report = try String(contentsOfFile: directory + "/report.md", encoding: .utf8)
        #expect(report.contains("3 configurations × 2 seeds."))
        #expect(report.contains("would train 54 ("))
    }

    @Test func aConfigurationWithoutAUsableTrialIsNeverPromoted() throws {
        // Every rate diverges: nothing is promoted, and the search ends after the first rung.
        let files = try TempFiles()
        let path = try files.write("h.yaml", Self.yaml.replacingOccurrences(of: "[0.03, 0.1, 0.3]", with: "[1.0e6, 2.0e6, 3.0e6]"))
        let command = ExperimentRun(files: [path], outDirectory: files.directory + "/out", jobs: 1, cacheDirectory: files.directory + "/cache")
        let plan = try command.plans().get()[0]
        guard case .written(let result, _, let directory, _) = command.execute(plan, work: .runner) else {
            Issue.record("no bundle")
            return
        }
        #expect(result.trials.allSatisfy { $0.outcome.status == .diverged })
        let search = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/search.json"))))
        let rungs = try #require(search["rungs"]?.arrayValue)
        #expect(rungs.count == 1)
        #expect(result.trials.count == 3)
    }
}
