@testable import LRConfig
import Testing
import LRTestSupport

/// Typed values and defaults after decoding.
@Suite struct DecodingTests {
    @Test func defaultsFollowPyTorch() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let e = try ExperimentLoader().load(file: path)
        #expect(e.seed == 0)
        #expect(e.optimizer.lr == 0.001)
        let adam = try #require(e.optimizer.kind as? AdamKind)
        #expect(adam.options.beta1 == 0.9 && adam.options.beta2 == 0.999)
        #expect(adam.options.eps == 1e-8)
        #expect(e.train.batchSize == 32)
        #expect(e.data?.split == DataConfig.Split(train: 0.7, validation: 0.15, test: 0.15))
        #expect(e.data?.standardize == true)
        #expect(e.schedule.name == "constant")
        #expect(e.model.hidden == [64])
        #expect(e.output == .default)
        #expect(e.train.loss == nil)  // the model's default for the task, chosen by the engine
    }

    @Test(arguments: [
        ("adagrad", 0.01, 1e-10), ("rmsprop", 0.01, 1e-8), ("adamax", 0.002, 1e-8),
        ("nadam", 0.002, 1e-8), ("adadelta", 1.0, 1e-6), ("adamw", 0.001, 1e-8),
    ])
    func perKindDefaults(kind: String, lr: Double, eps: Double) throws {
        let files = try TempFiles()
        let text = minimalExperiment.replacingOccurrences(of: "{kind: adam}", with: "{kind: \(kind)}")
        let e = try ExperimentLoader().load(file: try files.write("a.yaml", text))
        #expect(e.optimizer.name == kind)
        #expect(e.optimizer.lr == lr)
        let (epsIn, decay): (Double?, Double?) = switch e.optimizer.kind {
        case let k as AdagradKind: (k.options.eps, k.options.weightDecay)
        case let k as RMSpropKind: (k.options.eps, k.options.weightDecay)
        case let k as AdamaxKind: (k.options.eps, k.options.weightDecay)
        case let k as NAdamKind: (k.options.eps, k.options.weightDecay)
        case let k as AdadeltaKind: (k.options.eps, k.options.weightDecay)
        case let k as AdamWKind: (k.options.eps, k.options.weightDecay)
        default: (nil, nil)
        }
        #expect(epsIn == eps)
        #expect(decay == (kind == "adamw" ? 0.01 : 0))
    }

    @Test func scheduleParametersCarryDefaults() throws {
        let files = try TempFiles()
        let text = minimalExperiment + "schedule: {kind: one_cycle, max_lr: 0.1, interval: epoch}\n"
        let e = try ExperimentLoader().load(file: try files.write("a.yaml", text))
        #expect(e.schedule.name == "one_cycle")
        #expect(e.schedule.interval == .epoch)
        let p = try #require(e.schedule.kind as? OneCycleScheduleKind, "expected one_cycle parameters, got \(e.schedule.kind)")
        // PyTorch's OneCycleLR defaults.
        #expect(p.maxLR == 0.1 && p.pctStart == 0.3 && p.divFactor == 25 && p.finalDivFactor == 1e4)
        #expect(p.anneal == .cos && p.cycleMomentum && !p.threePhase)
        #expect(p.baseMomentum == 0.85 && p.maxMomentum == 0.95)
        #expect(p.totalSteps == nil)
    }

    @Test(arguments: [
        ("{kind: step, step_size: 30}", StepScheduleKind(stepSize: 30, gamma: 0.1) as any ScheduleKind),
        ("{kind: multistep, milestones: [5, 9]}", MultiStepScheduleKind(milestones: [5, 9], gamma: 0.1)),
        ("{kind: exponential, gamma: 0.9}", ExponentialScheduleKind(gamma: 0.9)),
        ("{kind: polynomial}", PolynomialScheduleKind(totalSteps: nil, power: 1)),
        ("{kind: linear, total_steps: 5}", LinearScheduleKind(startFactor: 1.0 / 3.0, endFactor: 1, totalSteps: 5)),
        ("{kind: cosine}", CosineScheduleKind(tMax: nil, etaMin: 0)),
        ("{kind: cosine_restarts, t_0: 10}", CosineRestartsScheduleKind(t0: 10, tMult: 1, etaMin: 0)),
        ("{kind: constant}", ConstantScheduleKind()),
    ])
    func simpleScheduleDefaults(fragment: String, expected: any ScheduleKind) throws {
        let files = try TempFiles()
        let e = try ExperimentLoader().load(file: try files.write("a.yaml", minimalExperiment + "schedule: \(fragment)\n"))
        #expect(e.schedule.kind.isSame(as: expected), "\(e.schedule.kind) vs \(expected)")
    }

    @Test func plateauAndAnnealingDefaults() throws {
        let files = try TempFiles()
        let plateau = try ExperimentLoader().load(file: try files.write("p.yaml", minimalExperiment + "schedule: {kind: plateau}\n"))
        #expect(plateau.schedule.interval == .epoch)
        if let p = plateau.schedule.kind as? PlateauScheduleKind {
            #expect(p.monitor == .valLoss && p.mode == .min && p.factor == 0.1 && p.patience == 10)
            #expect(p.threshold == 1e-4 && p.thresholdMode == .rel && p.cooldown == 0 && p.minLR == 0)
        } else {
            Issue.record("expected plateau parameters")
        }
        let annealing = try ExperimentLoader().load(file: try files.write("a.yaml", minimalExperiment + "schedule: {kind: annealing}\n"))
        if let p = annealing.schedule.kind as? AnnealingScheduleKind {
            // A calibrated start, cooling to 1 % of it, a rate bound tied to optimizer.lr.
            #expect(p.initialTemperature == nil && p.cooling == .exponential && p.coolingRate == nil)
            #expect(p.targetAcceptance == 0.8 && p.calibrationProposals == 5)
            #expect(p.proposalInterval == 10 && p.stepSize == 0.3 && p.minLR == 1e-6 && p.maxLR == nil)
        } else {
            Issue.record("expected annealing parameters")
        }
    }

    @Test func referenceSchedulesDecode() throws {
        // Every `lrlab` fragment of the PyTorch reference cases must be a valid schedule.
        let reference = try #require(Fixtures.file("reference/torch-schedules.json"))
        let data = try #require(FileManager.default.contents(atPath: reference))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        #expect(cases.count >= 13)
        for c in cases {
            let fragment = try JSONSerialization.data(withJSONObject: c["lrlab"] ?? [:], options: [.sortedKeys])
            let text = minimalExperiment + "schedule: \(String(decoding: fragment, as: UTF8.self))\n"
            let files = try TempFiles()
            let result = ExperimentLoader().check(file: try files.write("a.yaml", text))
            #expect(result.diagnostics.isEmpty, "\(c["id"] ?? ""): \(result.diagnostics.map(\.text))")
        }
    }

    @Test func referenceOptimizersDecode() throws {
        let reference = try #require(Fixtures.file("reference/torch-optimizers.json"))
        let data = try #require(FileManager.default.contents(atPath: reference))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let cases = try #require(json["cases"] as? [[String: Any]])
        for c in cases {
            let fragment = try JSONSerialization.data(withJSONObject: c["lrlab"] ?? [:], options: [.sortedKeys])
            let text = minimalExperiment.replacingOccurrences(
                of: "optimizer: {kind: adam}", with: "optimizer: \(String(decoding: fragment, as: UTF8.self))")
            let files = try TempFiles()
            let result = ExperimentLoader().check(file: try files.write("a.yaml", text))
            #expect(result.diagnostics.isEmpty, "\(c["id"] ?? ""): \(result.diagnostics.map(\.text))")
        }
    }

    @Test func allErrorsOfAFileAreReportedInOrder() throws {
        let files = try TempFiles()
        let source = MarkedSource("""
            version: 1
            name: ‸Bad Name
            data: {source: iris}
            model: {kind: mlp, hidden: [‸0]}
            optimizer: {kind: sgd, lr: ‸0, ‸betas: [0.9, 0.99]}
            train: {epochs: ‸-1}

            """)
        let result = ExperimentLoader().check(file: try files.write("a.yaml", source.text))
        #expect(result.diagnostics.map { "\($0.line):\($0.column)" } == source.marks)
        #expect(result.diagnostics.map(\.path) == ["name", "model.hidden[0]", "optimizer.lr", "optimizer.betas", "train.epochs"])
    }

    @Test func sweepParametersKeepFileOrder() throws {
        let e = try ExperimentLoader().load(file: Fixtures.path("valid", "csv-random-sweep.yaml"))
        let sweep = try #require(e.sweep)
        #expect(sweep.method == .random)
        #expect(sweep.trials == 20)
        #expect(sweep.parameters.map(\.path) == ["optimizer.lr", "optimizer.momentum", "train.batch_size"])
        guard case .distribution(.logUniform(let lo, let hi)) = sweep.parameters[0].values else {
            Issue.record("expected a log_uniform distribution")
            return
        }
        #expect(lo == 1e-4 && hi == 1)
        #expect(sweep.objective.metric == "val_accuracy" && sweep.objective.maximize && sweep.objective.baseline == nil)
        // The CSV path is resolved against the experiment file's directory.
        #expect(e.data?.path == Fixtures.root + "/data/points.csv")
    }
}

import Foundation

/// The experiment-file example of lrlab's design contract (`Tests/Fixtures/design`) loads. It mixes
/// alternatives for illustration, so three lines are adapted: no `extends:` (no base file
/// beside it), no `path:` (csv only) and a random rather than grid sweep (it draws max_lr).
@Suite struct ContractExampleTests {
    @Test func designExampleLoads() throws {
        let design = try #require(Fixtures.file("design/experiment-contract.yaml"))
        let text = String(decoding: try #require(FileManager.default.contents(atPath: design)), as: UTF8.self)
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count > 40)
        lines.removeAll { $0.hasPrefix("extends:") || $0.hasPrefix("  path:") }
        lines = lines.map { $0.hasPrefix("  method: grid") ? "  method: random" : $0 }
        let files = try TempFiles()
        let result = ExperimentLoader().check(file: try files.write("design.yaml", lines.joined(separator: "\n")))
        #expect(result.diagnostics.map(\.text) == [])
        let e = try #require(result.experiment)
        #expect(e.name == "spirals-clr-vs-adam")
        #expect(e.schedule.name == "one_cycle" && e.schedule.warmup == .init(steps: 100, startFactor: 0.01))
        #expect(e.sweep?.seeds == [1, 2, 3])
        #expect(e.optimizer.paramGroups.first?.match == "layer0.*")
    }
}
