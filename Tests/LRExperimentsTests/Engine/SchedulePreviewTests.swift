import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRRun
import LRTestSupport

@Suite struct SchedulePreviewTests {
    static func experiment(_ body: String, files: TempFiles) throws -> Experiment? {
        try ExperimentText.load("version: 1\nname: preview\n" + body, files: files)
    }

    /// `interval: epoch` holds the rate for an epoch's worth of updates: iris has 106 training
    /// examples, so batches of 50 make 3 updates per epoch.
    @Test func epochIntervalHoldsTheRateForAnEpoch() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment("""
            data: {source: iris}
            model: {kind: logistic}
            optimizer: {kind: sgd, lr: 1.0}
            schedule: {kind: exponential, gamma: 0.5, interval: epoch}
            train: {epochs: 3, batch_size: 50}

            """, files: files))
        let table = try SchedulePreview.curve(for: e, steps: 7)
        #expect(table.columns == ["step", "lr"])
        #expect(table.column("lr") == [1, 1, 1, 0.5, 0.5, 0.5, 0.25])
        #expect(table.column("step") == [1, 2, 3, 4, 5, 6, 7])
    }

    /// Plateau sees no metric in a preview, so it stays at the base rate.
    @Test func plateauIsFlat() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment("""
            model: {kind: function, name: rosenbrock, start: [0.0, 0.0]}
            optimizer: {kind: sgd, lr: 0.01}
            schedule: {kind: plateau, patience: 0, factor: 0.5}
            train: {steps: 50}

            """, files: files))
        let lrs = try SchedulePreview.curve(for: e, steps: 20).column("lr")
        #expect(lrs == Array(repeating: 0.01, count: 20))
    }

    /// Annealing sees no loss: each interval shows a fresh proposal around the base rate, drawn
    /// from the experiment seed's `schedule` stream.
    @Test func annealingShowsProposals() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment("""
            seed: 4
            model: {kind: function, name: quadratic, start: [1.0]}
            optimizer: {kind: sgd, lr: 0.1}
            schedule: {kind: annealing, proposal_interval: 3, step_size: 0.5}
            train: {steps: 30}

            """, files: files))
        let lrs = try #require(try SchedulePreview.curve(for: e, steps: 12).column("lr")).compactMap { $0 }
        #expect(lrs.count == 12)
        #expect(lrs[0...2] == [0.1, 0.1, 0.1])
        #expect(Set(lrs[3...5]).count == 1 && lrs[3] != 0.1)
        #expect(lrs[6] != lrs[3])
        #expect(lrs == (try #require(try SchedulePreview.curve(for: e, steps: 12).column("lr")).compactMap { $0 }))
    }

    @Test func csvHasAHeaderAndShortestNumbers() {
        let table = CurveTable(columns: ["step", "lr", "momentum"], rows: [[1, 0.1, nil], [2, 1e-05, 0.85]])
        #expect(SchedulePreview.render(table, format: .csv) == "step,lr,momentum\n1,0.1,\n2,1e-05,0.85\n")
    }

    @Test func invalidFilesHaveTheDiagnosticsOfValidate() throws {
        let files = try TempFiles()
        let path = try files.write("bad.yaml", "version: 1\nname: bad\nmodel: {kind: function, name: quadratic, start: [1]}\noptimizer: {kind: sgd, lr: fast}\ntrain: {steps: 3}\n")
        var diagnostics: [Diagnostic] = []
        do { _ = try SchedulePreview.curve(file: path, steps: 3) } catch {
            guard case .invalid(let found) = error else { Issue.record("expected an invalid file, got \(error)"); return }
            diagnostics = found
        }
        #expect(diagnostics == Validated(path).diagnostics)
        #expect(Validated(path).rendered().contains("\(path):4:"))
    }

    @Test func stepsOutOfRangeAreRefusedAfterLoading() throws {
        let files = try TempFiles()
        let path = try files.write("ok.yaml", "version: 1\nname: ok\nmodel: {kind: function, name: quadratic, start: [1]}\noptimizer: {kind: sgd, lr: 0.1}\ntrain: {steps: 3}\n")
        for steps in [0, SchedulePreview.maximumSteps + 1] {
            #expect(throws: Never.self) { try ExperimentLoader().load(file: path) }
            do {
                _ = try SchedulePreview.curve(file: path, steps: steps)
                Issue.record("\(steps) steps were accepted")
            } catch {
                guard case .steps(steps, _) = error else { Issue.record("expected a steps error, got \(error)"); continue }
            }
        }
        #expect(try SchedulePreview.curve(file: path, steps: 2).curve.rows.count == 2)
    }
}
