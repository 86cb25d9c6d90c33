import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// `ExternalTrainerSession` against real Python trainers: the NumPy example receives exactly
/// the schedule's rates, epochs drive plateau and early stopping, checkpoints go through the
/// protocol, and broken trainers end as `failed` with the reason and the log's tail.
@Suite(.serialized) struct ExternalTrainerSessionTests {
    /// The first `python3` on `PATH`.
    static let python = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        .split(separator: ":").map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }
    static let hasNumpy: Bool = {
        guard let python else { return false }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", "import numpy"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()
    static let example = TestPaths.packageRoot + "/experiments/external"

    static func request(_ command: [String], epochs: Int = 3, timeout: Double = 60, scratch: String,
                        clock: ScheduleClock = .everyUpdate(lossIsMetric: false)) -> ExternalTrainerRequest {
        ExternalTrainerRequest(
            command: command, directory: example, scratch: scratch, timeoutSeconds: timeout, trialID: "t0001",
            seed: 5, streams: [("data", 11), ("shuffle", 12)],
            configJSON: #"{"train":{"batch_size":50},"data":{"params":{"samples":400}},"model":{"params":{}}}"#,
            epochs: epochs, clock: clock)
    }

    /// The rates the trainer printed (`lr <repr>`), in order.
    static func receivedRates(_ log: String) -> [Double] {
        log.split(separator: "\n").compactMap { $0.hasPrefix("lr ") ? Double($0.dropFirst(3)) : nil }
    }

    /// The schedule's rates replayed on the reported losses, by the rule the session states.
    static func replay(_ schedule: any LRSchedule, losses: [Double]) -> [Double] {
        var schedule = schedule
        return losses.map { loss in
            defer { schedule.advance(after: ScheduleObservation(trainLoss: loss)) }
            return schedule.lr
        }
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func numpyTrainerReceivesTheStepAndOneCycleRatesBitForBit() throws {
        let files = try TempFiles()
        let schedules: [any LRSchedule] = [
            try StepSchedule(baseLR: 0.1, stepSize: 7, gamma: 0.5),
            try OneCycleSchedule(
                maxLR: 0.3, totalSteps: 18, pctStart: 0.3, anneal: .cos, divFactor: 25, finalDivFactor: 1e4,
                threePhase: false, cycleMomentum: true, baseMomentum: 0.85, maxMomentum: 0.95),
        ]
        for made in schedules {
            var schedule = made
            let report = ExternalTrainerSession.run(
                Self.request([Self.python!, "numpy_logreg.py"], scratch: files.directory), schedule: &schedule)
            #expect(report.status == .ok, "\(report.reason ?? "") \(report.logTail)")
            #expect(report.steps.count == 18)  // 300 training rows / 50, 3 epochs
            #expect(report.epochs.count == 3)
            #expect(report.epochs.first?.map(\.name) == ["val_accuracy", "val_loss"])
            let expected = Self.replay(made, losses: report.steps.map(\.trainLoss))
            let received = Self.receivedRates(report.log)
            #expect(received.map(\.bitPattern) == expected.map(\.bitPattern))
            #expect(report.steps.map { $0.lr[0].bitPattern } == expected.map(\.bitPattern))
        }
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func plateauWatchesTheReportedMetricOncePerEpoch() throws {
        let files = try TempFiles()
        let made = try PlateauSchedule(
            baseLR: 0.5, mode: .max, factor: 0.5, patience: 0, threshold: 10, thresholdMode: .abs,
            cooldown: 0, minLR: 0, eps: 0)
        var schedule: any LRSchedule = made
        let report = ExternalTrainerSession.run(
            Self.request([Self.python!, "numpy_logreg.py"], epochs: 4, scratch: files.directory,
                         clock: .everyEpoch(monitor: .valAccuracy)),
            schedule: &schedule)
        #expect(report.status == .ok, "\(report.reason ?? "") \(report.logTail)")
        // No accuracy improves on the first by 10: the rate halves after every later epoch.
        var replayed: any LRSchedule = made
        var expected: [Double] = []
        for epoch in report.epochs {
            expected += Array(repeating: replayed.lr, count: 6)
            let accuracy = epoch.first { $0.name == "val_accuracy" }?.value
            replayed.advance(after: ScheduleObservation(trainLoss: nil, metric: accuracy))
        }
        #expect(Self.receivedRates(report.log).map(\.bitPattern) == expected.map(\.bitPattern))
        #expect(Set(expected) == [0.5, 0.25, 0.125])
    }

    @Test(.enabled(if: hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func earlyStopAndCheckpointsGoThroughTheProtocol() throws {
        let files = try TempFiles()
        var schedule: any LRSchedule = try StepSchedule(baseLR: 0.1, stepSize: 100, gamma: 0.5)
        let checkpoint = files.directory + "/state.npy"
        let report = ExternalTrainerSession.run(
            Self.request([Self.python!, "numpy_logreg.py"], epochs: 10, scratch: files.directory),
            schedule: &schedule
        ) { epoch, _ in
            switch epoch {
            case 1: .save(checkpoint)
            case 2: .load(checkpoint)
            case 3: .stop("pruned")
            default: .proceed
            }
        }
        #expect(report.status == .stopped)
        #expect(report.reason == "pruned")
        #expect(report.epochs.count == 3)
        #expect(FileManager.default.fileExists(atPath: checkpoint))
        let saved = report.log.range(of: "saved state.npy\n")
        let loaded = report.log.range(of: "loaded state.npy\n")
        #expect(saved != nil && loaded != nil)
        if let saved, let loaded { #expect(saved.upperBound <= loaded.lowerBound) }
    }

    /// A stdlib trainer written to a temporary file, with the client on its path.
    static func script(_ files: TempFiles, _ body: String) throws -> [String] {
        let path = try files.write("trainer.py", """
            import os, sys, time, signal
            sys.path.insert(0, \(JSONValue.quote(TestPaths.packageRoot + "/python")))
            from lrlab_trainer import connect
            print("starting up")
            sys.stdout.flush()
            \(body)
            """)
        return [python!, path]
    }

    @Test(.enabled(if: python != nil, "python3 is not installed: the failing trainers are not run"),
          arguments: [
            ("trial = connect(); trial.report_update(0.5); sys.exit(1)", "trainer: exit 1"),
            ("trial = connect(); time.sleep(60)", "trainer: timed out"),
            ("os.write(4, b'this is not json\\n'); time.sleep(60)", "trainer: malformed message"),
            ("trial = connect(); os.kill(os.getpid(), signal.SIGKILL)", "trainer: killed by signal 9"),
            ("os.write(4, b'{' * 2000000); time.sleep(60)", "exceeds 1048576 bytes"),
            ("trial = connect(); trial.close()", "trainer: closed the channel"),
            ("trial = connect(); trial._channel.send({'type': 'update', 'train_loss': True})", "must be a number"),
          ])
    func brokenTrainersFailWithTheReasonAndTheLogTail(body: String, reason: String) throws {
        let files = try TempFiles()
        var schedule: any LRSchedule = try StepSchedule(baseLR: 0.1, stepSize: 1, gamma: 0.5)
        let started = TrainerChannel.now()
        let report = ExternalTrainerSession.run(
            Self.request(try Self.script(files, body), timeout: 3, scratch: files.directory), schedule: &schedule)
        #expect(report.status == .failed)
        #expect(report.reason?.contains(reason) == true, "\(report.reason ?? "nil")")
        #expect(report.logTail.contains("starting up"))
        #expect(TrainerChannel.now() - started < 3 + TrainerLimits.drainSeconds + 2)
    }

    /// The protocol's cost per update: the median round trip of `report_update` (message out,
    /// schedule tick, rates back) as a trainer doing nothing else measures it.
    @Test(.enabled(if: python != nil, "python3 is not installed: the overhead is not measured"))
    func protocolOverheadPerUpdate() throws {
        let files = try TempFiles()
        var schedule: any LRSchedule = try StepSchedule(baseLR: 0.1, stepSize: 100, gamma: 0.5)
        let report = ExternalTrainerSession.run(
            Self.request(try Self.script(files, """
                trial = connect(); times = []
                for _ in range(2000):
                    t = time.perf_counter(); trial.report_update(0.5, 1.0); times.append(time.perf_counter() - t)
                times.sort(); print("median_us %.1f" % (times[len(times) // 2] * 1e6))
                trial.end_epoch({"val_loss": 0.5}); trial.close()
                """), epochs: 1, scratch: files.directory),
            schedule: &schedule)
        #expect(report.status == .ok, "\(report.reason ?? "") \(report.logTail)")
        #expect(report.steps.count == 2000)
        let median = report.log.split(separator: "\n").first { $0.hasPrefix("median_us ") }
        #expect(median != nil)
        print("external trainer protocol overhead per update: \(median ?? "not measured")")
    }

    @Test func aMissingCommandFails() throws {
        let files = try TempFiles()
        var schedule: any LRSchedule = try StepSchedule(baseLR: 0.1, stepSize: 1, gamma: 0.5)
        let report = ExternalTrainerSession.run(
            Self.request(["./no-such-trainer"], timeout: 5, scratch: files.directory), schedule: &schedule)
        #expect(report.status == .failed)
        #expect(report.reason == "trainer: exit 127")
    }

    @Test func theLogKeepsItsFirstMebibyteAndCountsTheRest() {
        var log = TrainerLog()
        log.append(ArraySlice(repeating: 0x61, count: TrainerLimits.logBytes - 1))
        log.append(ArraySlice([0x0A, 0x62, 0x63]))
        #expect(log.bytes.count == TrainerLimits.logBytes)
        #expect(log.dropped == 2)
        #expect(log.tail.hasSuffix("[lrlab: 2 more bytes of log not kept]"))
    }
}
