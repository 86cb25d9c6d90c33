import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
@testable import LRRun
import LRTestSupport

/// The annealing schedule's acceptance on the committed example's real data (Wisconsin
/// breast cancer), the defaults that make it anneal, and the report section that shows it.
@Suite struct AnnealingAcceptanceTests {
    /// Runs `experiments/annealing-medical.yaml` as committed; its result.
    static func medical(files: TempFiles) throws -> RunResult {
        let command = ExperimentRun(
            files: [AdaptiveSweepTests.path("experiments/annealing-medical.yaml")], overrides: [],
            outDirectory: files.directory + "/out", jobs: 2, cacheDirectory: files.directory + "/cache")
        let plan = try command.plans().get()[0]
        guard case .written(let result, _, _, _) = command.execute(plan, work: .runner) else {
            throw TestFailure("no bundle for annealing-medical")
        }
        return result
    }

    struct TestFailure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The annealing arm's initial acceptance, mean over its five seeds, is within ±0.1 of
    /// its target 0.8; the temperature ends at 1 % of the calibrated start; the report says so.
    @Test func medicalExampleStartsAtItsTargetAcceptance() throws {
        let files = try TempFiles()
        let result = try Self.medical(files: files)
        let summary = RunSummary(result)
        let rows = AnnealingSection.rows(result, summary)
        try #require(rows.count == 1)
        let row = rows[0]
        #expect(row.target == 0.8 && row.seeds == 5)
        #expect(abs(row.initial - 0.8) <= 0.1, "initial acceptance \(row.initial)")
        #expect(row.overall < AnnealingSection.randomWalkAcceptance, "overall acceptance \(row.overall)")
        for trial in result.trials {
            guard let chain = AnnealingSection.chain(trial.outcome.curve) else { continue }
            let t0 = try #require(chain.initialTemperature), last = try #require(chain.finalTemperature)
            // 1 % of T₀ at the last tick; the last row is in force one tick before it.
            #expect(last < 0.011 * t0 && last > 0.0099 * t0)
            let rates = try #require(trial.outcome.curve.column("acceptance_rate")).compactMap { $0 }
            #expect(rates.count == chain.tests && rates.allSatisfy { $0 >= 0 && $0 <= 1 })
            // The rate stays under the default bound, 10 × optimizer.lr.
            #expect(try #require(trial.outcome.curve.column("lr")).compactMap { $0 }.allSatisfy { $0 <= 0.1 })
        }
        let report = MarkdownReport.render(result, summary, plots: [])
        #expect(report.contains("## Annealing schedule"))
        #expect(report.contains("| 2 | `annealing` | 0.8 | \(ReportNumbers.value(row.initial)) |"))
        #expect(!report.contains("**Random walk:**"))
    }

    /// The example's former settings (T₀ = 1 against loss changes of a few hundredths) are a
    /// random walk, and the report flags it.
    @Test func aHotFixedTemperatureIsFlaggedAsARandomWalk() throws {
        let files = try TempFiles()
        let text = """
            version: 1
            name: hot
            seed: 7
            data: {source: breast_cancer, split: {train: 0.6, validation: 0.2, test: 0.2}}
            model: {kind: mlp, hidden: [16]}
            optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
            schedule: {kind: annealing, initial_temperature: 1.0, cooling_rate: 0.95, max_lr: 1.0}
            train: {epochs: 25, batch_size: 32}

            """
        let experiment = try #require(try ExperimentText.load(text, files: files))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment, seed: 1))
        let chain = try #require(AnnealingSection.chain(outcome.curve))
        #expect(chain.overall >= AnnealingSection.randomWalkAcceptance, "overall acceptance \(chain.overall)")
        let result = RunResult(experiment: experiment, trials: [RunResult.Trial(spec: ExperimentText.spec(experiment, seed: 1), outcome: outcome)])
        let report = MarkdownReport.render(result, RunSummary(result), plots: [])
        #expect(report.contains("**Random walk:** `default`"))
        #expect(report.contains("| 1 | `default` | — |"))
    }

    /// Without `max_lr` the bound is 10 × optimizer.lr; `cooling_rate: auto` ends at 1 % of
    /// T₀; a number keeps its old meaning.
    @Test func defaultsEndLowAndBoundTheRateByTheBase() throws {
        let files = try TempFiles()
        let auto = try #require(try ScheduleMappingTests.experiment("{kind: annealing, proposal_interval: 2}", files: files))
        let schedule = try #require(try TrialRunner.makeSchedule(auto, trainCount: 0, trialSeed: 1) as? AnnealingSchedule)
        #expect(schedule.maxLR == 1.0 && schedule.calibration == .init(target: 0.8, decisions: 5))
        // 100 steps: 12 ticks of reference and calibration, then 88 of cooling to 1 %.
        guard case .exponential(let gamma) = schedule.cooling else { Issue.record("expected exponential cooling"); return }
        #expect(isClose(pow(gamma, 88), 0.01, rtol: 1e-12))
        let fixed = try #require(try ScheduleMappingTests.experiment(
            "{kind: annealing, proposal_interval: 2, initial_temperature: 2, cooling_rate: 0.9, max_lr: 3}", files: files))
        let old = try #require(try TrialRunner.makeSchedule(fixed, trainCount: 0, trialSeed: 1) as? AnnealingSchedule)
        #expect(old.initialTemperature == 2 && old.calibration == nil && old.maxLR == 3)
        #expect(old.temperature == 2)
        for (index, bad) in ["{kind: annealing, initial_temperature: hot}", "{kind: annealing, target_acceptance: 1}",
                             "{kind: annealing, calibration_proposals: 0}", "{kind: annealing, cooling_rate: soon}",
                             "{kind: annealing, calibration_proposals: 10001}"].enumerated() {
            let path = try files.write("bad\(index).yaml", """
                version: 1
                name: bad
                model: {kind: function, name: quadratic, start: [1.0]}
                optimizer: {kind: sgd, lr: 0.1}
                schedule: \(bad)
                train: {steps: 100}

                """)
            #expect(!ExperimentLoader().check(file: path).isValid, "\(bad)")
        }
    }
}
