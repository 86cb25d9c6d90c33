import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// Whole trials from experiment files, through the loader, the mapping and the trainer.
@Suite struct TrialRunnerTests {
    static let iris = """
        version: 1
        name: quickstart
        seed: 7
        data: {source: iris}
        model: {kind: mlp, hidden: [16], activation: relu}
        optimizer: {kind: adam, lr: 0.01}
        train: {epochs: 40, batch_size: 16}

        """

    static func run(_ text: String, seed: Int? = nil) throws -> TrialOutcome? {
        let files = try TempFiles()
        guard let experiment = try ExperimentText.load(text, files: files) else { return nil }
        return TrialRunner().run(ExperimentText.spec(experiment, seed: seed))
    }

    @Test func quickstartLearnsIris() throws {
        let outcome = try #require(try Self.run(Self.iris))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.final.map(\.name) == ["train_loss", "val_loss", "val_accuracy", "test_loss", "test_accuracy"])
        #expect(outcome.best.map(\.name) == ["best_val_loss", "best_epoch"])
        // Chance is 1/3.
        #expect(try #require(outcome.metric("val_accuracy")) >= 0.85)
        #expect(try #require(outcome.metric("test_accuracy")) >= 0.85)
        #expect(outcome.epochs == 40)
        // 150 examples → 106 train (70 %, the remainder to train) → 7 batches of 16 per epoch.
        #expect(outcome.steps == 280)
        // Adam: its beta1 in force, and the effective-step percentiles of both layers.
        #expect(outcome.curve.columns == [
            "step", "epoch", "lr", "momentum", "train_loss", "grad_norm", "val_loss", "val_accuracy",
            "effective_step_p10[layer0]", "effective_step_p50[layer0]", "effective_step_p90[layer0]",
            "effective_step_p10[layer1]", "effective_step_p50[layer1]", "effective_step_p90[layer1]",
        ])
        #expect(outcome.curve.rows.count == 280)
        let val = try #require(outcome.curve.column("val_loss"))
        // Validation values on the last row of each epoch only.
        #expect(val.indices.filter { val[$0] != nil } == Array(stride(from: 6, to: 280, by: 7)))
        #expect(outcome.curve.column("step")?.first == 1)
        #expect(outcome.curve.column("epoch")?.last == 40)
    }

    /// The progress hook sees each completed epoch once, in order, while training runs.
    @Test func progressReportsCompletedEpochs() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(Self.iris, files: files))
        let data = try TrialRunner.prepareData(for: experiment)
        var reports: [TrialProgress] = []
        let outcome = TrialRunner().run(ExperimentText.spec(experiment), data: data) { reports.append($0) }
        #expect(outcome.status == .ok)
        #expect(reports.map(\.done) == Array(1...39))
        #expect(reports.allSatisfy { $0.total == 40 && $0.unit == "epoch" })
    }

    @Test func hugeRateDivergesWithoutTrapping() throws {
        let text = Self.iris.replacingOccurrences(of: "{kind: adam, lr: 0.01}", with: "{kind: sgd, lr: 1000}")
        let outcome = try #require(try Self.run(text))
        #expect(outcome.status == .diverged)
        #expect(outcome.message?.contains("diverged at step") == true, "\(outcome.message ?? "")")
        #expect(outcome.curve.rows.count == outcome.steps + 1)
        #expect(outcome.final.allSatisfy { $0.value.isFinite })
    }

    @Test func lossAboveThresholdDiverges() throws {
        let text = Self.iris.replacingOccurrences(
            of: "train: {epochs: 40, batch_size: 16}", with: "train: {epochs: 5, divergence: {loss_above: 0.5}}")
        let outcome = try #require(try Self.run(text))
        #expect(outcome.status == .diverged)
        #expect(outcome.message?.contains("above 0.5") == true, "\(outcome.message ?? "")")
    }

    /// Row k: f at the point before update k, and the rate update k applied.
    @Test func functionModelCurve() throws {
        let outcome = try #require(try Self.run("""
            version: 1
            name: quadratic
            model: {kind: function, name: quadratic, start: [1.0, -2.0], scales: [1.0, 4.0]}
            optimizer: {kind: sgd, lr: 0.05}
            schedule: {kind: step, step_size: 10, gamma: 0.5}
            train: {steps: 25}

            """))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        // The coordinates before each update follow the measurements.
        #expect(outcome.curve.columns == ["step", "lr", "train_loss", "grad_norm", "x0", "x1"])
        #expect(outcome.curve.rows.count == 25)
        #expect(outcome.steps == 25 && outcome.epochs == 0)
        // f(1, -2) = ½·1·1 + ½·4·4 = 8.5; ∇f = (1, -8).
        let first = outcome.curve.rows[0]
        #expect(first[0] == 1 && first[1] == 0.05 && first[2] == 8.5)
        #expect(abs((first[3] ?? 0) - (65.0).squareRoot()) < 1e-9)
        // Row 2 is f after one update: x = (1 − 0.05, −2 + 0.05·8) = (0.95, −1.6).
        let x = [Double(Float(0.95)), Double(Float(-1.6))]
        let f2 = 0.5 * x[0] * x[0] + 2 * x[1] * x[1]
        #expect(abs((outcome.curve.rows[1][2] ?? 0) - f2) < 1e-6)
        #expect(outcome.curve.column("lr")?[10] == 0.025)
        #expect(outcome.final.map(\.name) == ["train_loss"])
        #expect(outcome.best.map(\.name) == ["best_train_loss", "best_step"])
        #expect(outcome.metric("best_step") == 25)
    }

    @Test func sameSpecTwiceIsIdentical() throws {
        let text = """
            version: 1
            name: repeat
            seed: 3
            data: {source: moons, samples: 300, noise: 0.2}
            model: {kind: mlp, hidden: [12, 12], activation: tanh}
            initializer: {kind: xavier_uniform}
            optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
            schedule: {kind: annealing, proposal_interval: 5}
            train: {epochs: 4, batch_size: 20}

            """
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(text, files: files))
        let spec = ExperimentText.spec(experiment, seed: 11)
        let data = try TrialRunner.prepareData(for: experiment)
        let a = TrialRunner().run(spec, data: data)
        let b = TrialRunner().run(spec, data: data)
        let c = TrialRunner().run(spec)
        #expect(a.status == .ok)
        #expect(a == b)
        #expect(a == c)
        // Another replicate seed trains differently on the same data.
        let other = TrialRunner().run(ExperimentText.spec(experiment, seed: 12), data: data)
        #expect(other.curve != a.curve)
    }

    @Test func dataDoesNotDependOnTheReplicateSeed() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(
            "version: 1\nname: d\nseed: 5\ndata: {source: spirals, samples: 120}\nmodel: {kind: mlp}\noptimizer: {kind: adam}\ntrain: {epochs: 1}\n",
            files: files))
        let a = try #require(try TrialRunner.prepareData(for: experiment))
        var reseeded = experiment
        reseeded.seed = 6
        let b = try #require(try TrialRunner.prepareData(for: reseeded))
        #expect(a == (try TrialRunner.prepareData(for: experiment)))
        #expect(a != b)
        #expect(a.counts == (84, 18, 18))
        #expect(a.summary == "120 examples (84 train, 18 validation, 18 test), 2 features, 2 classes, standardised")
    }

    @Test func badCSVCellFailsWithItsLocation() throws {
        let files = try TempFiles()
        try files.write("points.csv", "a,b,target\n0.5,1.0,0\n0.25,abc,1\n1.0,2.0,0\n")
        let path = try files.write("exp.yaml", """
            version: 1
            name: csv
            data: {source: csv, path: points.csv}
            model: {kind: logistic}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 2}

            """)
        let experiment = try ExperimentLoader().load(file: path)
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .failed)
        let message = try #require(outcome.message)
        #expect(message.contains("points.csv:3:2:"), "\(message)")
        #expect(outcome.curve.rows.isEmpty)
    }

    /// A model the data cannot take (linear on classes) is a failed trial, located at `model:`.
    @Test func engineRefusalIsAFailedTrial() throws {
        let outcome = try #require(try Self.run(
            Self.iris.replacingOccurrences(of: "{kind: mlp, hidden: [16], activation: relu}", with: "{kind: linear}")))
        #expect(outcome.status == .failed)
        #expect(outcome.message?.contains(":5:8: error: model 'linear'") == true, "\(outcome.message ?? "")")
    }

    @Test func zeroRateScaleFreezesTheFirstLayer() throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(
            Self.iris.replacingOccurrences(
                of: "{kind: adam, lr: 0.01}",
                with: "{kind: adam, lr: 0.01, param_groups: [{match: \"layer0.*\", lr_scale: 0.0}]}"),
            files: files))
        let spec = ExperimentText.spec(experiment)
        let data = try #require(try TrialRunner.prepareData(for: experiment))
        var trainer = try TrialRunner.makeTrainer(spec, training: data.split.train)
        let before = trainer.model.parameters
        _ = try trainer.train(on: data.split, shuffle: TrialStreams.trial(TrialStreams.shuffle, spec))
        let after = trainer.model.parameters
        for tensor in before.tensors {
            let changed = before.values[tensor.range] != after.values[tensor.range]
            #expect(changed == !tensor.name.hasPrefix("layer0."), "\(tensor.name)")
        }
    }

    @Test func entropyGainRuns() throws {
        let outcome = try #require(try Self.run("""
            version: 1
            name: entropy
            data: {source: breast_cancer}
            model: {kind: mlp, hidden: [16]}
            initializer: {kind: entropy_gain, base: xavier_uniform, bins: 8, strength: 0.5}
            optimizer: {kind: adam, lr: 0.005}
            train: {epochs: 10, batch_size: 32}

            """))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(try #require(outcome.metric("val_accuracy")) > 0.85)
    }

    @Test func earlyStoppingStops() throws {
        let outcome = try #require(try Self.run(Self.iris.replacingOccurrences(
            of: "train: {epochs: 40, batch_size: 16}",
            with: "train: {epochs: 400, batch_size: 16, early_stopping: {metric: val_loss, patience: 3}}")))
        #expect(outcome.status == .stopped)
        #expect(outcome.epochs < 400)
    }

    /// Annealing's chain is reported per row, as the trainer recorded it.
    @Test(arguments: ["step", "epoch"])
    func annealingReportsTemperatureAndDecisions(interval: String) throws {
        let outcome = try #require(try Self.run(Self.iris.replacingOccurrences(
            of: "optimizer: {kind: adam, lr: 0.01}",
            with: "optimizer: {kind: sgd, lr: 0.05}\nschedule: {kind: annealing, proposal_interval: 2, initial_temperature: 1, interval: \(interval), warmup: {steps: 3}}")))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.curve.columns.suffix(3) == ["temperature", "accepted", "acceptance_rate"])
        let temperature = try #require(outcome.curve.column("temperature")).compactMap { $0 }
        #expect(temperature.count == 280)
        #expect(zip(temperature, temperature.dropFirst()).allSatisfy { $0 >= $1 } && temperature.last! < temperature.first!)
        let decisions = try #require(outcome.curve.column("accepted"))
        let rows = decisions.indices.filter { decisions[$0] != nil }
        #expect(decisions.allSatisfy { $0 == nil || $0 == 0 || $0 == 1 })
        // The first test ends the second interval after the warmup; then one per interval.
        let perTick = interval == "step" ? 1 : 7
        let first = (3 + 4) * perTick - 1
        #expect(rows == Array(stride(from: first, to: 280, by: 2 * perTick)))
    }

    /// A cycled momentum gets its column.
    @Test func oneCycleAddsMomentum() throws {
        let outcome = try #require(try Self.run(Self.iris.replacingOccurrences(
            of: "optimizer: {kind: adam, lr: 0.01}",
            with: "optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}\nschedule: {kind: one_cycle, max_lr: 0.2}")))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.curve.columns.contains("momentum"))
        let lr = try #require(outcome.curve.column("lr")).compactMap { $0 }
        // The run's length is the schedule's: the peak comes 30 % in and the rate ends near 0.
        #expect(lr.firstIndex(of: lr.max() ?? 0) == Int((0.3 * 280).rounded(.down)) - 1)
        #expect(lr.last ?? 1 < 1e-5)
    }
}

/// Every valid example file runs as a short trial without failing.
@Suite struct FixtureTrialTests {
    static let directory = URL(fileURLWithPath: TestPaths.experimentFixtures + "/valid")

    /// `…/experiments`, the runnable examples at the package root.
    static let examples = URL(fileURLWithPath: TestPaths.packageRoot + "/experiments")

    static func yamlFiles(in directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { directory.appendingPathComponent($0).path }
    }

    /// Experiments lrlab trains itself; external trainers' are run by `ExternalRunTests`
    /// (their programs need Python, NumPy or PyTorch).
    static let files = (yamlFiles(in: directory) + yamlFiles(in: examples)).filter { file in
        (try? ExperimentLoader().load(file: file).model.isExternal) != true
    }

    @Test func fixturesAreFound() {
        #expect(Self.files.count >= 19)
    }

    /// The README's quickstart, at full length: moons (noise 0.2) well above chance.
    @Test func quickstartExample() throws {
        let experiment = try ExperimentLoader().load(file: Self.examples.appendingPathComponent("quickstart.yaml").path)
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok || outcome.status == .stopped, "\(outcome.message ?? "")")
        #expect(try #require(outcome.metric("test_accuracy")) > 0.9)
    }

    @Test(arguments: files)
    func runsShortened(file: String) throws {
        let name = URL(fileURLWithPath: file).lastPathComponent
        let path = file
        let loaded = try ExperimentLoader().load(file: path)
        let shorten = loaded.model.trainsOnData ? "train.epochs=2" : "train.steps=20"
        let experiment = try ExperimentLoader().load(file: path, overrides: [shorten])
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok || outcome.status == .stopped, "\(name): \(outcome.status) \(outcome.message ?? "")")
        #expect(!outcome.curve.rows.isEmpty)
        #expect(outcome.curve.rows.allSatisfy { $0.count == outcome.curve.columns.count })
    }
}
