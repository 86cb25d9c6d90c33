import Foundation
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
@testable import LRRun
import LRExperimentsTestSupport
import LRTestSupport

/// `SchedulePreview` over sweeps and run lengths.
@Suite struct SchedulePreviewSweepTests {
    static let grid = """
        version: 1
        name: lr-grid
        seed: 4
        data: {source: iris}
        model: {kind: mlp, hidden: [4]}
        optimizer: {kind: sgd, lr: 0.1}
        schedule: {kind: cosine}
        train: {epochs: 3, batch_size: 50}
        sweep:
          method: grid
          parameters:
            optimizer.lr: [0.1, 0.01]
          seeds: [1, 2, 3]

        """

    /// Every configuration once (seeds collapse), labelled as the report labels it, each for
    /// its run's length: iris trains on 105 rows, 3 batches of 50 per epoch, 3 epochs.
    @Test func everyConfigurationAtItsRunLength() throws {
        let fixture = try SweepFixture(Self.grid)
        let found = try SchedulePreview.preview(for: fixture.experiment, steps: nil)
        #expect(found.preview.configurations.map(\.label) == ["lr=0.1", "lr=0.01"])
        #expect(found.preview.configurations.map(\.detail) == ["optimizer.lr=0.1", "optimizer.lr=0.01"])
        #expect(found.preview.configurations.allSatisfy { $0.curve.rows.count == 9 })
        #expect(found.preview.configurations[1].curve.column("lr")?.first == 0.01)
        #expect(found.preview.notes.isEmpty)
        // The same labels as a report of the run.
        let trials = try fixture.trials()
        let result = RunResult(experiment: fixture.experiment, trials: trials.map {
            RunResult.Trial(spec: $0, outcome: SampleRuns.outcome(trainLoss: 1, valLoss: 1))
        })
        let labels = ReportLabels(RunSummary(result))
        #expect(found.preview.configurations.indices.map(labels.configuration) == ["lr=0.1", "lr=0.01"])
        let csv = SchedulePreview.render(found.preview, format: .csv)
        #expect(csv.hasPrefix("configuration,step,lr\nlr=0.1,1,0.1\n"))
        #expect(csv.split(separator: "\n").count == 1 + 18)
    }

    /// A run whose length is unknown or too long for a preview is an error that asks for
    /// --steps; a given --steps is used as is.
    @Test func runLengthErrors() throws {
        var experiment = try SweepFixture(Self.grid).experiment
        #expect(try SchedulePreview.runLength(experiment, trainCount: 105) == 9)
        experiment.train.epochs = nil
        #expect(throws: TrialError.self) { try SchedulePreview.runLength(experiment, trainCount: 105) }
        do {
            _ = try SchedulePreview.runLength(experiment, trainCount: 105)
        } catch {
            #expect(error.message.contains("the file sets no 'train.epochs'; pass '--steps'"))
        }
        experiment.train.epochs = Limits.maxEpochs
        do {
            _ = try SchedulePreview.runLength(experiment, trainCount: 105_000)
            Issue.record("a 2.1-billion-update run was previewed")
        } catch {
            #expect(error.message.contains("more than the 10000000 a preview shows; pass '--steps'"))
        }
        #expect(try SchedulePreview.curve(for: experiment, steps: 4, trialSeed: 1).rows.count == 4)
    }

    /// A file without a sweep prints as it always has: no configuration column.
    @Test func unsweptFilesKeepTheirFormat() throws {
        let fixture = try SweepFixture(Self.grid.components(separatedBy: "sweep:")[0])
        let found = try SchedulePreview.preview(for: fixture.experiment, steps: 1)
        #expect(!found.preview.isSwept)
        #expect(SchedulePreview.render(found.preview, format: .csv) == "step,lr\n1,0.1\n")
        let json = try JSONValue.parse(SchedulePreview.render(found.preview, format: .json))
        #expect(json["format"]?.stringValue == "lrlab.schedule/1")
        #expect(json["configurations"]?.arrayValue?.first?["label"]?.stringValue == "default")
    }

    /// The distinct previews share one row cap: a sweep whose schedules need more is refused
    /// at `sweep`, asking for fewer steps.
    @Test func distinctPreviewsShareTheRowCap() throws {
        let fixture = try SweepFixture(Self.grid)
        #expect(try SchedulePreview.preview(for: fixture.experiment, steps: 5, rowLimit: 10).preview.configurations.count == 2)
        do {
            _ = try SchedulePreview.preview(for: fixture.experiment, steps: 6, rowLimit: 10)
            Issue.record("12 rows passed a cap of 10")
        } catch {
            guard case .schedule(let error, _) = error else { Issue.record("expected a schedule error, got \(error)"); return }
            #expect(error.message == "the sweep's distinct schedules need more than the 10 rows a preview shows; pass a smaller '--steps'")
            #expect(error.location != nil)
        }
    }

    /// pbt replaces the schedule by each member's constant rate: that is what is previewed.
    @Test func pbtMembersRunAtConstantRates() throws {
        let fixture = try SweepFixture("""
            version: 1
            name: pbt-rates
            seed: 2
            data: {source: moons, samples: 100}
            model: {kind: mlp, hidden: [4]}
            optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
            schedule: {kind: one_cycle, max_lr: 0.5}
            train: {epochs: 2, batch_size: 35}
            sweep:
              method: pbt
              population: 3
              parameters: {optimizer.lr: {distribution: log_uniform, min: 0.01, max: 1.0}}
              objective: {metric: val_loss}

            """)
        let found = try SchedulePreview.preview(for: fixture.experiment, steps: nil)
        #expect(found.preview.configurations.count == 3)
        for configuration in found.preview.configurations {
            #expect(configuration.curve.columns == ["step", "lr"])
            let rates = Set(configuration.curve.column("lr")?.compactMap { $0 } ?? [])
            #expect(rates.count == 1)
        }
        #expect(found.preview.notes.first?.hasPrefix("pbt: previewed the starting rates of the 3 configurations") == true)
    }
}
