import Foundation
import LRConfig
import LRRun
import Testing
import LRTestSupport

/// What a trial would need is checked while the sweep expands, so `validate`, `plan` and `run`
/// refuse the same experiments, each with one located error, before anything is allocated.
@Suite struct TrialSizeTests {
    /// An experiment on `data` with `model`, `optimizer` and `train` sections (flow style).
    static func experiment(data: String = "{source: moons, samples: 200}", model: String = "{kind: mlp, hidden: [8]}",
                           optimizer: String = "{kind: sgd, lr: 0.1}", train: String = "{epochs: 3, batch_size: 32}",
                           rest: String = "") -> String {
        "version: 1\nname: sized\ndata: \(data)\nmodel: \(model)\noptimizer: \(optimizer)\ntrain: \(train)\n\(rest)"
    }

    /// `validate`'s diagnostics, after checking that `plan`/`run`'s first step (loading and
    /// expanding) throws exactly the same ones.
    static func refusal(_ path: String, overrides: [String] = []) throws -> [Diagnostic] {
        let validated = ExperimentValidation(files: [path], overrides: overrides).diagnostics()[0].result
        #expect(!validated.isValid)
        var planned: [Diagnostic] = []
        do {
            _ = try ExpandedExperiment(file: path, overrides: overrides)
        } catch {
            planned = error.diagnostics
        }
        #expect(planned.map { "\($0.file):\($0.line):\($0.column): \($0.text)" } == validated.diagnostics.map { "\($0.file):\($0.line):\($0.column): \($0.text)" })
        return validated.diagnostics.filter { $0.severity == .error }
    }

    @Test func aModelTooLargeForMemoryIsRefusedAtItsWidths() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(model: "{kind: mlp, hidden: [100000, 100000]}"))
        let d = try #require(try Self.refusal(path).first)
        #expect((d.line, d.column, d.path) == (4, 28, "model.hidden"))
        #expect(d.message.contains("10000600002 parameters"))
        #expect(d.message.hasSuffix("at most 4 GiB per trial"))
    }

    @Test func aLargeButFeasibleModelValidates() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(model: "{kind: mlp, hidden: [2048, 2048]}"))
        #expect(ExperimentValidation(files: [path]).diagnostics()[0].result.isValid)
    }

    @Test func aSweptWidthIsBlamedAtItsSweepEntry() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(rest: """
            sweep:
              method: grid
              parameters:
                model.hidden: [[8], [100000, 100000]]

            """))
        let errors = try Self.refusal(path)
        #expect(errors.count == 1)
        let d = try #require(errors.first)
        #expect((d.line, d.path) == (10, "sweep.parameters.model.hidden"))
        #expect(d.message.contains("GiB of memory"))
    }

    @Test func aFunctionRunWhoseCurveCannotBeReadBackIsRefusedAtSteps() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", """
            version: 1
            name: long
            model: {kind: function, name: rosenbrock, start: [0, 0]}
            optimizer: {kind: sgd, lr: 0.001}
            train: {steps: 100000000}

            """)
        let d = try #require(try Self.refusal(path).first)
        #expect((d.line, d.column, d.path) == (5, 16, "train.steps"))
        // step, lr, momentum, train_loss, grad_norm and the coordinates x0, x1.
        #expect(d.message.hasPrefix("the curve would have 100000000 updates × 7 columns"))
    }

    @Test func updatesAreCountedFromTheSplitAndTheBatch() throws {
        // 1000 samples, 700 to train, batch 1: 700 updates an epoch, 8 columns.
        let files = try TempFiles()
        let over = try files.write("a.yaml", Self.experiment(data: "{source: moons, samples: 1000}", train: "{epochs: 900, batch_size: 1}"))
        let d = try #require(try Self.refusal(over).first)
        #expect(d.path == "train.epochs")
        #expect(d.message.hasPrefix("the curve would have 630000 updates × 8 columns"))
        let under = try files.write("b.yaml", Self.experiment(data: "{source: moons, samples: 1000}", train: "{epochs: 800, batch_size: 1}"))
        #expect(ExperimentValidation(files: [under]).diagnostics()[0].result.isValid)
    }

    @Test func dataSettingsBeyondTheSourcesLimitsAreRefusedAtTheKey() throws {
        let files = try TempFiles()
        let purchases = try files.write("p.yaml", Self.experiment(data: "{source: purchases, features: 12}"))
        let d = try #require(try Self.refusal(purchases).first)
        #expect((d.line, d.column, d.path) == (3, 37, "data.features"))
        #expect(d.message == "'features' for 'purchases' must be between 1 and 8, got 12")
        let blobs = try files.write("b.yaml", Self.experiment(data: "{source: blobs, samples: 5, classes: 6}"))
        #expect(try Self.refusal(blobs).first?.path == "data.classes")
        let huge = try files.write("h.yaml", Self.experiment(data: "{source: blobs, samples: 10000000, features: 1000}"))
        #expect(try Self.refusal(huge).first?.message == "'samples' × 'features' must be at most 50000000")
    }

    @Test func aParamGroupMatchingNoLayerIsRefusedAtItsGlob() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(
            optimizer: "\n  kind: sgd\n  lr: 0.1\n  param_groups:\n    - {match: 'layer0.*', lr_scale: 0.5}\n    - {match: 'layer9.*', lr_scale: 0.1}"))
        let d = try #require(try Self.refusal(path).first)
        #expect((d.line, d.column, d.path) == (10, 15, "optimizer.param_groups[1].match"))
        #expect(d.message == "\"layer9.*\" matches no parameter (the model has 'layer0.weight', 'layer0.bias', 'layer1.weight', 'layer1.bias')")
    }

    @Test func aCSVWithoutItsTargetColumnIsRefusedInTheFile() throws {
        let files = try TempFiles()
        try files.write("d.csv", "a,b,y\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n")
        let path = try files.write("a.yaml", Self.experiment(data: "{source: csv, path: d.csv}", model: "{kind: logistic}"))
        let d = try #require(try Self.refusal(path).first)
        #expect(d.file.hasSuffix("d.csv"))
        #expect((d.line, d.column) == (1, 1))
        #expect(d.message == "no target column 'target' in the header")
        #expect(ExperimentValidation(files: [path], overrides: ["data.target=y"]).diagnostics()[0].result.isValid)
    }

    @Test func aBadCSVCellIsRefusedAtValidation() throws {
        let files = try TempFiles()
        try files.write("d.csv", "a,target\n1,0\nabc,1\n")
        let path = try files.write("a.yaml", Self.experiment(data: "{source: csv, path: d.csv}", model: "{kind: logistic}"))
        let d = try #require(try Self.refusal(path).first)
        #expect((d.line, d.column, d.message) == (3, 1, "expected a number, got \"abc\""))
    }

    @Test func aCSVThatIsNotARegularFileIsRefused() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(data: "{source: csv, path: /dev/zero}", model: "{kind: logistic}"))
        let d = try #require(try Self.refusal(path).first)
        #expect(d.path == "data.path")
        #expect(d.message == "'/dev/zero': not a regular file")
    }

    @Test func annealingTrialsCountTheirSeeds() throws {
        let files = try TempFiles()
        let seeds = (1...200).map(String.init).joined(separator: ", ")
        let path = try files.write("a.yaml", Self.experiment(rest: """
            sweep:
              method: annealing
              trials: 1000
              parameters: {optimizer.lr: {distribution: log_uniform, min: 0.001, max: 1}}
              seeds: [\(seeds)]

            """))
        let d = try #require(try Self.refusal(path).first)
        #expect(d.path == "sweep.trials")
        #expect(d.message == "the sweep expands to more than \(Limits.maxTrials) trials")
    }

    @Test func halvingCountsEveryRungAndSeed() throws {
        let files = try TempFiles()
        let rates = (1...400).map { "\($0)e-4" }.joined(separator: ", ")
        let seeds = (1...200).map(String.init).joined(separator: ", ")
        let path = try files.write("a.yaml", Self.experiment(rest: """
            sweep:
              method: halving
              max_epochs: 9
              parameters: {optimizer.lr: [\(rates)]}
              seeds: [\(seeds)]

            """))
        // 400 configurations × 200 seeds fit; with the later rungs (133 and 44 more) they do not.
        let d = try #require(try Self.refusal(path).first)
        #expect(d.path == "sweep")
        #expect(d.message == "the sweep expands to more than \(Limits.maxTrials) trials")
    }

    @Test func halvingIsSizedAtItsLastRung() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(data: "{source: moons, samples: 1000}", train: "{epochs: 2, batch_size: 1}", rest: """
            sweep:
              method: halving
              max_epochs: 1000
              parameters: {optimizer.lr: [0.1, 0.01]}

            """))
        let d = try #require(try Self.refusal(path).first)
        #expect((d.line, d.path) == (9, "sweep.max_epochs"))
        #expect(d.message.hasPrefix("at the last rung (1000 epochs), the curve would have 700000 updates × 8 columns"))
    }

    @Test func aOneCycleShorterThanTheRunIsRefusedAsPyTorchWould() throws {
        // 200 samples: 140 to train, 5 batches of 32 an epoch, 15 updates in 3 epochs.
        let files = try TempFiles()
        let short = try files.write("a.yaml", Self.experiment(rest: "schedule: {kind: one_cycle, max_lr: 0.5, total_steps: 14}\n"))
        let d = try #require(try Self.refusal(short).first)
        #expect((d.line, d.path) == (7, "schedule.total_steps"))
        #expect(d.message.hasPrefix("one_cycle ends after 14 ticks but the run has 15 updates"))
        let exact = try files.write("b.yaml", Self.experiment(rest: "schedule: {kind: one_cycle, max_lr: 0.5, total_steps: 15}\n"))
        #expect(ExperimentValidation(files: [exact]).diagnostics()[0].result.isValid)
        let warm = try files.write("c.yaml", Self.experiment(
            rest: "schedule: {kind: one_cycle, max_lr: 0.5, total_steps: 10, warmup: {steps: 5}}\n"))
        #expect(ExperimentValidation(files: [warm]).diagnostics()[0].result.isValid)
        let epochs = try files.write("d.yaml", Self.experiment(
            rest: "schedule: {kind: one_cycle, max_lr: 0.5, total_steps: 2, interval: epoch}\n"))
        #expect(try Self.refusal(epochs).first?.message.hasPrefix("one_cycle ends after 2 ticks but the run has 3 epochs") == true)
        let unwritten = try files.write("e.yaml", Self.experiment(rest: "schedule: {kind: one_cycle, max_lr: 0.5}\n"))
        #expect(ExperimentValidation(files: [unwritten]).diagnostics()[0].result.isValid)
    }

    @Test func aSweepWhoseBundleWouldBeTooLargeIsRefused() throws {
        // Each trial 700 updates × 800 epochs × 8 columns (4,480,000 cells) is under the
        // per-trial cap; five of them are over the sweep's.
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.experiment(
            data: "{source: moons, samples: 1000}", train: "{epochs: 800, batch_size: 1}", rest: """
            sweep:
              method: grid
              parameters: {optimizer.lr: [0.1, 0.2, 0.3, 0.4, 0.5]}

            """))
        let d = try #require(try Self.refusal(path).first)
        #expect(d.path == "sweep")
        #expect(d.message.hasPrefix("the sweep's curves would hold 22400000 cells in all"))
    }
}

/// A `--set` the sweep would silently replace is refused at the override.
@Suite struct ReplacedOverrideTests {
    static let yaml = TrialSizeTests.experiment(rest: """
        sweep:
          method: grid
          parameters:
            schedule: [{kind: constant}, {kind: step, step_size: 1}]
            optimizer.lr: [0.1, 0.2]

        """)

    @Test func anOverrideUnderASweptPathIsAnError() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.yaml)
        let kind = try #require(try TrialSizeTests.refusal(path, overrides: ["schedule.kind=cosine"]).first)
        #expect((kind.file, kind.path) == ("<command line>", "schedule"))
        #expect(kind.message.hasPrefix("this value is replaced by the sweep, which sets 'schedule' in every trial"))
        let lr = try #require(try TrialSizeTests.refusal(path, overrides: ["optimizer.lr=0.5"]).first)
        #expect((lr.column, lr.path) == (14, "optimizer.lr"))
    }

    @Test func overridesBesideTheSweptPathsAreKept() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", Self.yaml)
        let result = ExperimentValidation(files: [path], overrides: ["optimizer.momentum=0.5", "sweep.parameters={optimizer.lr: [0.3]}"])
            .diagnostics()[0].result
        #expect(result.isValid)
    }
}

/// A grid sweep may replicate seeds alone; searching methods still need parameters.
@Suite struct SeedsOnlySweepTests {
    @Test func aGridWithoutParametersReplicatesTheSeeds() throws {
        let files = try TempFiles()
        for sweep in ["sweep: {method: grid, seeds: [1, 2, 3]}\n", "sweep: {method: grid, parameters: {}, seeds: [1, 2, 3]}\n"] {
            let path = try files.write("a.yaml", TrialSizeTests.experiment(rest: sweep))
            let expanded = try ExpandedExperiment(file: path)
            #expect(expanded.trials.map(\.seed) == [1, 2, 3])
            #expect(Set(expanded.trials.map(\.configurationID)).count == 1)
            #expect(expanded.trials.allSatisfy { $0.assignments.isEmpty })
        }
    }

    @Test func searchingMethodsNeedParameters() throws {
        let files = try TempFiles()
        let missing = try files.write("a.yaml", TrialSizeTests.experiment(rest: "sweep: {method: random, trials: 3, seeds: [1, 2]}\n"))
        let absent = try TrialSizeTests.refusal(missing).first
        #expect(absent?.message == "missing required key 'parameters' for sweep method 'random'")
        let empty = try files.write("b.yaml", TrialSizeTests.experiment(rest: "sweep: {method: pbt, parameters: {}}\n"))
        let d = try #require(try TrialSizeTests.refusal(empty).first)
        #expect((d.path, d.message) == ("sweep.parameters", "expected at least one parameter for method 'pbt'"))
    }
}
