import Foundation
import LREngine
import Testing

@testable import LRBundle
@testable import LRConfig
@testable import LRRun
@testable import LRTrial
import LRTestSupport

/// `model.kind: external` run end to end through `lrlab run`'s path (plan, executor, cache,
/// bundle) on the NumPy example trainer: the rates it received are the schedule's, halving
/// prunes on its reported metrics, broken trainers fail alone, and an edited script retrains.
@Suite(.serialized) struct ExternalRunTests {
    static let python = ExternalTrainerSessionTests.python
    static let hasNumpy = ExternalTrainerSessionTests.hasNumpy
    static let script = TestPaths.packageRoot + "/experiments/external/numpy_logreg.py"
    static let hasTorch: Bool = {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import torch, numpy"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    /// An example experiment's base configuration, for `epochs` epochs, run as one trial.
    static func runExample(_ name: String, epochs: Int) throws -> TrialOutcome {
        let file = TestPaths.packageRoot + "/experiments/\(name).yaml"
        let experiment = try ExperimentLoader().load(file: file, overrides: ["train.epochs=\(epochs)"])
        let spec = TrialSpec(id: "example", configurationID: "base", assignments: [], seed: experiment.seed,
                             experiment: experiment)
        return TrialRunner().run(spec)
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy example is not run"))
    func theNumPyExampleRuns() throws {
        let outcome = try Self.runExample("external-numpy", epochs: 2)
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.steps == 20 && outcome.epochs == 2)
        #expect(try #require(outcome.metric("val_accuracy")) > 0.6)
    }

    /// Skipped, and says so, where PyTorch is not installed (`pip install torch numpy`).
    @Test(.enabled(if: hasTorch, "PyTorch is not installed: the PyTorch CNN example is not run (pip install torch)"))
    func thePyTorchExampleRunsOneEpoch() throws {
        let outcome = try Self.runExample("external-torch-cnn", epochs: 1)
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.steps == 22 && outcome.epochs == 1)
        #expect(try #require(outcome.metric("val_accuracy")) > 0.2)
    }

    /// An experiment on the NumPy trainer (300 training rows, batches of 50: 6 updates per epoch).
    static func yaml(schedule: String, epochs: Int = 4, sweep: String = "", extra: String = "") -> String {
        """
        version: 1
        name: ext
        seed: 3
        trainer:
          command: [python3, \(script)]
          timeout: 2m
          steps_per_epoch: 6
        model: {kind: external, params: {l2: 0.001}}
        data: {source: external, params: {samples: 400}}
        optimizer: {kind: sgd, lr: 0.3, momentum: 0.9}
        schedule: \(schedule)
        train: {epochs: \(epochs), batch_size: 50\(extra)}
        \(sweep)
        """
    }

    static func run(_ text: String, files: TempFiles, jobs: Int = 2) throws -> (RunResult, String) {
        let path = try files.write("ext.yaml", text)
        let command = ExperimentRun(
            files: [path], outDirectory: files.directory + "/out", jobs: jobs, cacheDirectory: files.directory + "/cache")
        let plan = try command.plans().get()[0]
        guard case .written(let result, _, let directory, _) = command.execute(plan, work: .runner) else {
            throw TrialError("no bundle written")
        }
        return (result, directory)
    }

    static func loggedRates(_ outcome: TrialOutcome) -> [UInt64] {
        ExternalTrainerSessionTests.receivedRates(outcome.log ?? "").map(\.bitPattern)
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"),
          arguments: ["{kind: step, step_size: 7, gamma: 0.5}", "{kind: one_cycle, max_lr: 0.5, cycle_momentum: false}"])
    func theTrainerReceivesTheSchedulePreviewBitForBit(schedule: String) throws {
        let files = try TempFiles()
        let (result, directory) = try Self.run(Self.yaml(schedule: schedule), files: files)
        let trial = try #require(result.trials.first)
        #expect(trial.outcome.status == .ok, "\(trial.outcome.message ?? "")")
        #expect(trial.outcome.steps == 24)
        let preview = try SchedulePreview.curve(for: trial.spec.experiment, steps: nil, trialSeed: trial.spec.seed)
        let expected = try #require(preview.column("lr")).map { $0!.bitPattern }
        #expect(expected.count == 24)
        #expect(Self.loggedRates(trial.outcome) == expected)
        #expect(try #require(trial.outcome.curve.column("lr")).map { $0!.bitPattern } == expected)
        #expect(FileManager.default.fileExists(atPath: directory + "/trials/\(trial.spec.id)/trainer.log"))
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func plateauFollowsTheReportedMetric() throws {
        let files = try TempFiles()
        let schedule = "{kind: plateau, monitor: val_loss, factor: 0.5, patience: 0, threshold: 0.5, interval: epoch}"
        let (result, _) = try Self.run(Self.yaml(schedule: schedule, epochs: 4), files: files)
        let outcome = try #require(result.trials.first?.outcome)
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        var replayed = try TrialRunner.makeSchedule(result.trials[0].spec.experiment, trainCount: 0, trialSeed: 3)
        var expected: [UInt64] = []
        let valLoss = try #require(outcome.curve.column("val_loss")).compactMap { $0 }
        #expect(valLoss.count == 4)
        for loss in valLoss {
            expected += Array(repeating: replayed.lr.bitPattern, count: 6)
            replayed.advance(after: ScheduleObservation(trainLoss: nil, metric: loss))
        }
        #expect(Self.loggedRates(outcome) == expected)
        #expect(Set(expected).count > 1)  // a relative threshold of 50 %: the rate halves
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func annealingFollowsTheReportedLosses() throws {
        let files = try TempFiles()
        let schedule = "{kind: annealing, step_size: 0.3, proposal_interval: 4}"
        let (result, _) = try Self.run(Self.yaml(schedule: schedule, epochs: 3), files: files)
        let trial = try #require(result.trials.first)
        #expect(trial.outcome.status == .ok, "\(trial.outcome.message ?? "")")
        var replayed = try TrialRunner.makeSchedule(trial.spec.experiment, trainCount: 0, trialSeed: trial.spec.seed)
        let losses = try #require(trial.outcome.curve.column("train_loss")).map { $0! }
        let expected = losses.map { loss in
            defer { replayed.advance(after: ScheduleObservation(trainLoss: loss)) }
            return replayed.lr.bitPattern
        }
        #expect(Self.loggedRates(trial.outcome) == expected)
        #expect(Set(expected).count > 1)
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func halvingPromotesByTheReportedMetric() throws {
        let files = try TempFiles()
        let sweep = """
            sweep:
              method: halving
              parameters: {optimizer.lr: [0.01, 0.03, 0.1, 0.3, 1.0, 3.0]}
              min_epochs: 1
              max_epochs: 4
              reduction_factor: 2
            """
        let (result, directory) = try Self.run(
            Self.yaml(schedule: "{kind: step, step_size: 12, gamma: 0.5}", epochs: 4, sweep: sweep), files: files)
        #expect(result.trials.allSatisfy { $0.outcome.status == .ok })
        let search = try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "/search.json"))))
        let rungs = try #require(search["rungs"]?.arrayValue)
        #expect(rungs.count == 3)
        // Every objective is a reported val_loss of a trial trained for the rung's epochs.
        let reported = Set(result.trials.compactMap { trial in
            trial.outcome.metric("val_loss").map { "\(trial.outcome.epochs) \($0.bitPattern)" }
        })
        for rung in rungs.dropLast() {
            let epochs = try #require(rung["epochs"]?.intValue)
            let entries = try #require(rung["entries"]?.arrayValue)
            let objectives = entries.map { $0["objective"]?.doubleValue ?? .nan }
            for objective in objectives { #expect(reported.contains("\(epochs) \(objective.bitPattern)")) }
            // The rule: the best max(1, ⌊n/η⌋) by objective, ties by position.
            let keep = max(1, entries.count / 2)
            let ranked = objectives.indices.sorted { objectives[$0] < objectives[$1] || (objectives[$0] == objectives[$1] && $0 < $1) }
            let promoted = entries.indices.filter { entries[$0]["promoted"]?.boolValue == true }
            #expect(Set(promoted) == Set(ranked.prefix(keep)))
        }
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func pbtCheckpointsAndLoadsThroughTheProtocol() throws {
        let sweep = """
            sweep:
              method: pbt
              parameters: {optimizer.lr: {distribution: log_uniform, min: 0.001, max: 3.0}}
              population: 4
              interval: 2
            """
        let text = Self.yaml(schedule: "{kind: constant}", epochs: 6, sweep: sweep)
        let files = try TempFiles()
        let (result, directory) = try Self.run(text, files: files, jobs: 2)
        #expect(result.trials.count == 4)
        #expect(result.trials.allSatisfy { $0.outcome.status == .ok })
        let searchBytes = try Data(contentsOf: URL(fileURLWithPath: directory + "/search.json"))
        let search = try JSONValue.parse(Array(searchBytes))
        let events = try #require(search["events"]?.arrayValue)
        #expect(!events.isEmpty)
        for event in events {
            let member = try #require(event["member"]?.intValue), source = try #require(event["source"]?.intValue)
            let round = try #require(event["round"]?.intValue), epoch = try #require(event["epoch"]?.intValue)
            let checkpoint = "m\(source)-r\(round)"
            #expect(result.trials[source].outcome.log?.contains("saved \(checkpoint)\n") == true)
            #expect(result.trials[member].outcome.log?.contains("loaded \(checkpoint)\n") == true)
            // The loser's next update uses the perturbed rate, which the trainer received.
            let curve = result.trials[member].outcome.curve
            let next = try #require(curve.column("step")).firstIndex { $0 == Double(epoch * 6 + 1) }
            let newLR = try #require(event["new_lr"]?.doubleValue)
            #expect(try #require(curve.column("lr"))[try #require(next)] == newLR)
            let received = ExternalTrainerSessionTests.receivedRates(result.trials[member].outcome.log ?? "")
            #expect(received[epoch * 6].bitPattern == newLR.bitPattern)
        }
        // Another run, one trial at a time and from an empty cache, decides the same.
        let again = try TempFiles()
        let (_, second) = try Self.run(text, files: again, jobs: 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: second + "/search.json")) == searchBytes)
    }

    /// A trainer that speaks the protocol by hand and then misbehaves as `model.params.mode` says.
    static let brokenTrainer = #"""
        import json, os, sys, time, signal
        out = os.fdopen(int(os.environ["LRLAB_CHANNEL_OUT"]), "w")
        inp = os.fdopen(int(os.environ["LRLAB_CHANNEL_IN"]), "r")
        def send(m): out.write(json.dumps(m) + "\n"); out.flush()
        send({"type": "hello", "protocol": "lrlab.trainer/1"})
        trial = json.loads(inp.readline())
        mode = trial["config"]["model"]["params"]["mode"]
        print("mode", mode)
        if mode == "exit1": sys.exit(1)
        if mode == "garbage": out.write("this is not json\n"); out.flush(); time.sleep(5)
        if mode == "hang": time.sleep(60)
        if mode == "sigkill": os.kill(os.getpid(), signal.SIGKILL)
        if mode == "nanval":
            send({"type": "update", "train_loss": 1.0}); inp.readline()
            send({"type": "epoch", "metrics": {"val_loss": None}}); inp.readline()
            send({"type": "bye"}); sys.exit(0)
        if mode == "badname": send({"type": "epoch", "metrics": {"lr": 1.0}}); time.sleep(5)
        if mode == "csvname": send({"type": "epoch", "metrics": {"a,b\nc": 1.0}}); time.sleep(5)
        for epoch in range(trial["epochs"]):
            for step in range(2):
                send({"type": "update", "train_loss": 1.0 / (1 + epoch + step)})
                reply = json.loads(inp.readline())
            send({"type": "epoch", "metrics": {"val_loss": 1.0 / (1 + epoch)}})
            reply = json.loads(inp.readline())
            if reply["type"] == "stop": break
        send({"type": "bye"})
        """#

    @Test(.enabled(if: python != nil, "python3 is not installed: the failing trainers are not run"))
    func brokenTrainersFailAloneAndTheBundleIsWritten() throws {
        let files = try TempFiles()
        try files.write("broken.py", Self.brokenTrainer)
        let text = """
            version: 1
            name: broken
            trainer: {command: [python3, broken.py], timeout: 3s, hash_files: [broken.py]}
            model: {kind: external, params: {mode: ok}}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 2}
            sweep:
              method: grid
              parameters: {model.params.mode: [ok, exit1, garbage, hang, sigkill, badname, csvname, nanval]}
            """
        let (result, directory) = try Self.run(text, files: files)
        let byMode = Dictionary(uniqueKeysWithValues: result.trials.map {
            ($0.spec.assignments.first?.value.canonicalText ?? "", $0.outcome)
        })
        #expect(byMode["ok"]?.status == .ok)
        #expect(byMode["ok"]?.steps == 4)
        #expect(byMode["exit1"]?.message?.hasPrefix("trainer: exit 1") == true)
        #expect(byMode["exit1"]?.message?.contains("mode exit1") == true)  // the log's tail
        #expect(byMode["garbage"]?.message?.contains("not valid JSON") == true || byMode["garbage"]?.message?.contains("malformed") == true,
                "\(byMode["garbage"]?.message ?? "")")
        #expect(byMode["hang"]?.message?.hasPrefix("trainer: timed out") == true)
        #expect(byMode["sigkill"]?.message?.hasPrefix("trainer: killed by signal 9") == true)
        #expect(byMode["badname"]?.message?.hasPrefix("trainer: metric name 'lr' is one lrlab records itself") == true)
        #expect(byMode["csvname"]?.message?.hasPrefix("trainer: metric name") == true)
        #expect(byMode["nanval"]?.status == .diverged)
        #expect(byMode["nanval"]?.message == "validation loss not finite")
        for mode in ["exit1", "garbage", "hang", "sigkill", "badname", "csvname"] { #expect(byMode[mode]?.status == .failed) }
        #expect(FileManager.default.fileExists(atPath: directory + "/bundle.json"))
    }

    @Test(.enabled(if: python != nil, "python3 is not installed: the trainer is not run"))
    func anEditedHashFileIsTrainedAgain() throws {
        let files = try TempFiles()
        try files.write("broken.py", Self.brokenTrainer)
        let text = """
            version: 1
            name: cached
            trainer: {command: [python3, broken.py], hash_files: [broken.py]}
            model: {kind: external, params: {mode: ok}}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 2}
            """
        let path = try files.write("ext.yaml", text)
        let command = ExperimentRun(files: [path], outDirectory: files.directory + "/out", jobs: 1,
                                    cacheDirectory: files.directory + "/cache")
        _ = command.execute(try command.plans().get()[0], work: .runner)
        #expect(try command.plans().get()[0].cached(in: files.directory + "/cache") == [true])
        try files.write("broken.py", Self.brokenTrainer + "\n# edited\n")
        #expect(try command.plans().get()[0].cached(in: files.directory + "/cache") == [false])
    }

    @Test(.enabled(if: python != nil, "python3 is not installed: the trainer is not run"))
    func abandoningARunKillsItsTrainers() throws {
        let files = try TempFiles()
        try files.write("broken.py", Self.brokenTrainer)
        let request = ExternalTrainerRequest(
            command: [Self.python!, "broken.py"], directory: files.directory, scratch: files.directory,
            timeoutSeconds: 60, trialID: "t", seed: 0, streams: [],
            configJSON: #"{"model":{"params":{"mode":"hang"}}}"#, epochs: 1)
        let killer = Thread {
            Thread.sleep(forTimeInterval: 1)
            RunningTrainers.killAll()
        }
        killer.start()
        let start = Date()
        var schedule: any LRSchedule = ConstantSchedule(baseLR: 0.1)
        let report = ExternalTrainerSession.run(request, schedule: &schedule)
        #expect(report.status == .failed)
        #expect(report.reason?.contains("signal 9") == true, "\(report.reason ?? "")")
        #expect(Date().timeIntervalSince(start) < 30)
    }
}
