import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRRun
import LRTestSupport

/// `lrlab lr-find`'s library side: the range test on an experiment, its bundle, and its
/// agreement with a grid of fixed rates.
@Suite struct LRFindTests {
    /// `experiments/lr-find-digits.yaml` in this package.
    static let example = TestPaths.packageRoot + "/experiments/lr-find-digits.yaml"

    static func experiment() throws -> Experiment {
        let checked = ExperimentLoader().check(file: example, overrides: [])
        return try #require(checked.experiment, "\(checked.diagnostics)")
    }

    /// The valley suggestion lies within a factor of 10 of the grid's best rate (by final
    /// validation loss) over {1e-4, …, 1}, both from the same experiment file.
    @Test func valleyIsWithinADecadeOfTheGridsBestRate() throws {
        let experiment = try Self.experiment()
        let result = try LRFind().run(experiment)
        let valley = try #require(result.suggestions.valley)
        let trials = try SweepExpander().trials(for: experiment)
        #expect(trials.count == 5)
        let data = try TrialRunner.prepareData(for: experiment)
        var best: (lr: Double, loss: Double)?
        for trial in trials {
            let outcome = TrialRunner().run(trial, data: data)
            guard let loss = outcome.final.first(where: { $0.name == "val_loss" })?.value, loss.isFinite else { continue }
            if best == nil || loss < best!.loss { best = (trial.experiment.optimizer.lr, loss) }
        }
        let bestLR = try #require(best?.lr)
        print("lr-find-digits: valley \(valley), grid best \(bestLR) (val_loss \(best!.loss))")
        #expect(valley >= bestLR / 10 && valley <= bestLR * 10)
    }

    @Test func isDeterministicAndReplacesOnlyTheSchedule() throws {
        let experiment = try Self.experiment()
        let settings = LRFind(startLR: 1e-5, endLR: 1, steps: 30)
        let a = try settings.run(experiment)
        let b = try settings.run(experiment)
        #expect(a == b)
        #expect(a.points.first?.lr == 1e-5)
        #expect(a.points.count <= 30)
    }

    @Test(arguments: [
        (LRFind(startLR: 0, endLR: 1, steps: 10), "'--start-lr'"),
        (LRFind(startLR: 1, endLR: 0.1, steps: 10), "'--end-lr' (0.1) must be greater"),
        (LRFind(startLR: 1e-3, endLR: 1, steps: 1), "'--num-steps'"),
    ])
    func rejectsBadSettings(_ settings: LRFind, _ message: String) throws {
        #expect(settings.problem?.contains(message) == true)
        #expect(throws: TrialError.self) { try settings.run(try Self.experiment()) }
    }

    @Test func writesItsBundleAtomically() throws {
        let experiment = try Self.experiment()
        let settings = LRFind(startLR: 1e-4, endLR: 10, steps: 40)
        let result = try settings.run(experiment)
        let files = try TempFiles()
        let directory = files.directory + "/find"
        try LRFindBundle.write(result, settings: settings, name: experiment.name, to: directory)
        let listed = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(listed == LRFindBundle.files.sorted())
        let csv = try String(contentsOfFile: directory + "/curve.csv", encoding: .utf8)
        #expect(csv.hasPrefix("step,lr,loss,smoothed_loss\n1,0.0001,"))
        #expect(csv.split(separator: "\n").count == result.points.count + 1)
        let json = try String(contentsOfFile: directory + "/suggestions.json", encoding: .utf8)
        #expect(json.contains("\"valley\": \(try #require(result.suggestions.valley))"))
        let svg = try String(contentsOfFile: directory + "/lr-find.svg", encoding: .utf8)
        #expect(svg.contains("valley"))
        #expect(svg.contains("minimum ÷ 10"))
        // Written again, the directory is replaced, not merged; a foreign directory is refused.
        try LRFindBundle.write(result, settings: settings, name: experiment.name, to: directory)
        let foreign = URL(fileURLWithPath: files.directory + "/foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: foreign.appendingPathComponent("notes.txt"))
        #expect(throws: (any Error).self) {
            try LRFindBundle.write(result, settings: settings, name: experiment.name, to: foreign.path)
        }
    }

    /// The plot stops where the loss climbs back above its starting level after the minimum.
    @Test func thePlotIsCutWhereTheLossBlowsUp() {
        let losses = [2.0, 2.1, 1.9, 1.5, 1.0, 0.8, 1.2, 2.05, 2.2, 9, .infinity]
        let points = losses.enumerated().map { i, loss in
            RangeTestPoint(step: i + 1, lr: 1e-4 * pow(10, Double(i) / 2), loss: loss, smoothedLoss: loss)
        }
        #expect(LRFindBundle.informative(points).map(\.smoothedLoss) == [2.0, 2.1, 1.9, 1.5, 1.0, 0.8, 1.2, 2.05])
        #expect(LRFindBundle.informative(Array(points.prefix(6))).count == 6)
    }
}
