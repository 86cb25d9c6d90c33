import Testing
@testable import LREngine

/// A schedule that records its tick count in force (`ticks`) and, as the outcome of each
/// tick, the count the tick ended with (`ended`); its rate never changes.
struct TallySchedule: LRSchedule {
    var ticks = 0
    var lr: Double { 0.1 }
    var momentum: Double? { nil }
    var recordedNames: [String] { ["ticks", "ended"] }

    mutating func advance(after observation: ScheduleObservation) { ticks += 1 }
    func recordedValue(_ index: Int) -> Double? { index == 0 ? Double(ticks) : nil }
    func recordedOutcome(_ index: Int) -> Double? { index == 1 && ticks > 0 ? Double(ticks) : nil }
}

/// How the trainer writes what a schedule records (`ScheduleTrace`), and what the recording
/// schedules report.
@Suite("schedule recording")
struct ScheduleRecordingTests {
    func rows(_ trace: ScheduleTrace, _ count: Int) -> [[Double?]] {
        (0..<count).map { Array(trace[row: $0]) }
    }

    /// 70 training rows in batches of 30: three updates per epoch.
    @Test(arguments: ScheduleInterval.allCases)
    func valuesInForceOnEveryRowAndOutcomesOnATicksLastRow(interval: ScheduleInterval) throws {
        let split = try blobSplit(samples: 100)
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch(lr: 0.1)), schedule: TallySchedule(),
            options: TrainingOptions(length: .epochs(3), batchSize: 30, interval: interval))
        let result = try trainer.train(on: split, shuffle: RandomStream(seed: 1))
        #expect(result.scheduleTrace.names == ["ticks", "ended"])
        #expect(result.scheduleTrace.count == 9)
        /// Row `k` (from 0): ticks before the update, and the count its tick ended with.
        func expectedRow(_ k: Int) -> [Double?] {
            switch interval {
            case .step:
                return [Double(k), Double(k + 1)]
            case .epoch:
                let epochsBefore = Double(k / 3)
                return [epochsBefore, k % 3 == 2 ? epochsBefore + 1 : nil]
            }
        }
        let expected = (0..<9).map(expectedRow)
        #expect(rows(result.scheduleTrace, 9) == expected)
    }

    @Test func functionModelsTickEveryUpdateAndADivergedUpdateHasNoOutcome() throws {
        let model = try FunctionModel(function: Quadratic(scales: [1]), start: [1])
        var trainer = try Trainer(
            model: model, optimizer: SGD(options: .torch(lr: 0.1)), schedule: TallySchedule(),
            options: TrainingOptions(length: .steps(4)))
        let result = try trainer.minimize()
        let expected: [[Double?]] = [[0, 1], [1, 2], [2, 3], [3, 4]]
        #expect(rows(result.scheduleTrace, 4) == expected)

        var diverging = try Trainer(
            model: ProbeModel(loss: .nan), optimizer: SGD(options: .torch(lr: 0.1)), schedule: TallySchedule(),
            options: TrainingOptions(length: .epochs(2), batchSize: 30))
        let diverged = try diverging.train(on: try blobSplit(samples: 100), shuffle: RandomStream(seed: 1))
        #expect(diverged.status == .diverged)
        #expect(diverged.scheduleTrace.count == 1)
        #expect(rows(diverged.scheduleTrace, 1) == [[0, nil]])
    }

    @Test func schedulesThatRecordNothingLeaveNoCells() throws {
        var trainer = try Trainer(
            model: ProbeModel(), optimizer: SGD(options: .torch()), schedule: ConstantSchedule(baseLR: 0.1),
            options: TrainingOptions(length: .epochs(1), batchSize: 30))
        let result = try trainer.train(on: try blobSplit(samples: 100), shuffle: RandomStream(seed: 1))
        #expect(result.scheduleTrace.names.isEmpty)
        #expect(result.scheduleTrace.count == 3)
        #expect(result.scheduleTrace[row: 0].isEmpty)
    }

    @Test func rowsBeyondTheTraceAreEmptyCells() {
        var trace = ScheduleTrace(names: ["ticks", "ended"])
        trace.appendRow(from: TallySchedule(ticks: 4))
        #expect(Array(trace[row: 0]) == [4, nil])
        #expect(Array(trace[row: 1]) == [nil, nil])
        #expect(Array(trace[row: -1]) == [nil, nil])
    }

    @Test func annealingRecordsTemperatureAndEachTest() throws {
        var schedule = try AnnealingSchedule.torch(
            baseLR: 0.01, interval: 2, initialTemperature: 2, cooling: .exponential(gamma: 0.5),
            random: RandomStream(root: 3, name: "schedule"))
        #expect(schedule.recordedNames == ["temperature", "accepted", "acceptance_rate"])
        var outcomes: [Double?] = []
        for tick in 0..<8 {
            #expect(schedule.recordedValue(0) == schedule.temperature)
            #expect(schedule.recordedValue(1) == nil)
            let before = schedule.decisions
            // Falling losses: every test accepts.
            schedule.advance(after: ScheduleObservation(trainLoss: 10 - Double(tick)))
            #expect(schedule.recordedOutcome(0) == nil)
            let outcome = schedule.recordedOutcome(1)
            outcomes.append(outcome)
            #expect((schedule.decisions > before) == (outcome != nil))
        }
        // The first interval only sets the reference; then a test ends every second tick.
        #expect(outcomes == [nil, nil, nil, 1, nil, 1, nil, 1])
        schedule.advance(after: ScheduleObservation(trainLoss: 100))
        schedule.advance(after: ScheduleObservation(trainLoss: 100))
        #expect(schedule.lastDecision == .rejected || schedule.lastDecision == .accepted)
        #expect(schedule.recordedOutcome(1) == (schedule.lastDecision == .accepted ? 1 : 0))
    }

    @Test func banditRecordsTheArmInForce() throws {
        var schedule = try BanditSchedule.torch(
            baseLR: 0.1, decisionInterval: 1, random: RandomStream(root: 1, name: "schedule"))
        #expect(schedule.recordedNames == ["bandit_arm"])
        for tick in 0..<6 {
            #expect(schedule.recordedValue(0) == Double(schedule.arm))
            #expect(schedule.recordedOutcome(0) == nil)
            schedule.advance(after: ScheduleObservation(trainLoss: 1 / Double(tick + 1)))
        }
    }

    /// A warmup shows the wrapped schedule's tick-0 values and no outcomes until the wrapped
    /// schedule ticks itself.
    @Test func warmupRecordsWhatItWraps() throws {
        var schedule = try WarmupSchedule.torch(wrapping: TallySchedule(), steps: 2)
        #expect(schedule.recordedNames == ["ticks", "ended"])
        var seen: [[Double?]] = []
        for _ in 0..<4 {
            schedule.advance(after: ScheduleObservation(trainLoss: 1))
            seen.append([schedule.recordedValue(0), schedule.recordedOutcome(1)])
        }
        #expect(seen == [[0, nil], [0, nil], [1, 1], [2, 2]])
        #expect(ConstantSchedule(baseLR: 1).recordedNames.isEmpty)
        #expect(try SequenceSchedule(schedules: [TallySchedule()], milestones: []).recordedNames.isEmpty)
    }
}

/// The one rule for when a schedule ticks and what it observes.
@Suite("schedule clock")
struct ScheduleClockTests {
    let update = StepRecord(step: 4, epoch: 2, lr: 0.1, momentum: nil, trainLoss: 0.75, gradNorm: 1)
    let epoch = EpochRecord(epoch: 2, step: 6, lr: 0.1, trainLoss: 0.5, valLoss: 0.625, valAccuracy: 0.875)

    @Test func dataRunsTickByTheInterval() {
        let perStep = ScheduleClock(interval: .step, monitor: .valAccuracy)
        #expect(perStep.observation(after: update) == ScheduleObservation(trainLoss: 0.75))
        #expect(perStep.observation(after: epoch) == nil)
        let perEpoch = ScheduleClock(interval: .epoch, monitor: .valAccuracy)
        #expect(perEpoch.observation(after: update) == nil)
        #expect(perEpoch.observation(after: epoch) == ScheduleObservation(trainLoss: 0.5, metric: 0.875))
    }

    @Test func anUnmeasuredMetricFallsBackToTheTrainingLoss() {
        var unvalidated = epoch
        unvalidated.valLoss = nil
        unvalidated.valAccuracy = nil
        for monitor in MonitoredMetric.allCases {
            let clock = ScheduleClock.everyEpoch(monitor: monitor)
            #expect(clock.observation(after: unvalidated) == ScheduleObservation(trainLoss: 0.5, metric: 0.5))
        }
        #expect(ScheduleClock.everyEpoch(monitor: .valLoss).observation(after: epoch)?.metric == 0.625)
    }

    @Test func functionModelsObserveTheirLossAsTheMetric() {
        let clock = ScheduleClock.everyUpdate(lossIsMetric: true)
        #expect(clock.observation(after: update) == ScheduleObservation(trainLoss: 0.75, metric: 0.75))
        #expect(clock.observation(after: epoch) == nil)
    }
}
