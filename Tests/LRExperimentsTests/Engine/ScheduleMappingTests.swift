import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// Defaults and wrappers the mapping adds on top of the engine's schedules.
@Suite struct ScheduleMappingTests {
    static func experiment(_ schedule: String, train: String = "{steps: 100}", files: TempFiles) throws -> Experiment? {
        try ExperimentText.load("""
            version: 1
            name: schedules
            model: {kind: function, name: quadratic, start: [1.0]}
            optimizer: {kind: sgd, lr: 0.1}
            schedule: \(schedule)
            train: \(train)

            """, files: files)
    }

    static func rates(_ schedule: inout any LRSchedule, _ ticks: Int) -> [Double] {
        (0..<ticks).map { _ in
            defer { schedule.advance(after: ScheduleObservation(trainLoss: 1)) }
            return schedule.lr
        }
    }

    /// A cosine without `t_max` runs over the whole run: at the last tick it is near eta_min.
    @Test func cosineDefaultsToTheRunLength() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment("{kind: cosine, eta_min: 0.0}", train: "{steps: 50}", files: files))
        var schedule = try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 0)
        let expected = try CosineSchedule(baseLR: 0.1, tMax: 50, etaMin: 0)
        #expect((schedule as? CosineSchedule)?.tMax == expected.tMax)
        let lrs = Self.rates(&schedule, 51)
        #expect(abs(lrs[50]) < 1e-15)
    }

    /// Data runs: `interval: step` counts updates (steps per epoch × epochs).
    @Test func oneCycleDefaultsToUpdatesOfTheRun() throws {
        let files = try TempFiles()
        let e = try #require(try ExperimentText.load("""
            version: 1
            name: one-cycle
            data: {source: moons, samples: 200}
            model: {kind: mlp, hidden: [8]}
            optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
            schedule: {kind: one_cycle, max_lr: 0.5}
            train: {epochs: 3, batch_size: 32}

            """, files: files))
        // 200 samples: 140 train (70 %), 5 batches of 32 per epoch → 15 updates.
        let schedule = try TrialRunner.makeSchedule(e, trainCount: 140, trialSeed: 0)
        #expect((schedule as? OneCycleSchedule)?.totalSteps == 15)
        var epochs = e
        epochs.schedule.interval = .epoch
        let perEpoch = try TrialRunner.makeSchedule(epochs, trainCount: 140, trialSeed: 0)
        #expect((perEpoch as? OneCycleSchedule)?.totalSteps == 3)
    }

    /// `warmup:` ramps from start_factor·lr and hands over to the schedule at its tick 0.
    @Test func warmupPrefixesTheSchedule() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment(
            "{kind: step, step_size: 5, gamma: 0.5, warmup: {steps: 4, start_factor: 0.25}}", files: files))
        var schedule = try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 0)
        let lrs = Self.rates(&schedule, 10)
        let expected = [0.025, 0.04375, 0.0625, 0.08125, 0.1, 0.1, 0.1, 0.1, 0.1, 0.05]
        for (a, b) in zip(lrs, expected) { #expect(isClose(a, b, rtol: 1e-12), "\(lrs)") }
    }

    /// A sequence's last child without `t_max` runs from its milestone to the end of the run.
    @Test func sequenceChildDefaultsToItsStretch() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment(
            "{kind: sequence, milestones: [10], schedules: [{kind: constant}, {kind: cosine}]}",
            train: "{steps: 40}", files: files))
        let schedule = try #require(try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 0) as? SequenceSchedule)
        #expect((schedule.schedules[1] as? CosineSchedule)?.tMax == 30)
    }

    /// Annealing draws from the trial's `schedule` stream: the same seed repeats, another differs.
    @Test func annealingFollowsTheTrialSeed() throws {
        let files = try TempFiles()
        let e = try #require(try Self.experiment(
            "{kind: annealing, proposal_interval: 2, step_size: 0.5, initial_temperature: 1, cooling_rate: 0.9}", files: files))
        var a = try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 1)
        var b = try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 1)
        var c = try TrialRunner.makeSchedule(e, trainCount: 0, trialSeed: 2)
        let ra = Self.rates(&a, 20), rb = Self.rates(&b, 20), rc = Self.rates(&c, 20)
        #expect(ra == rb)
        #expect(ra != rc)
        let annealing = try #require(a as? AnnealingSchedule)
        #expect(annealing.interval == 2 && annealing.sigma == 0.5)
        // cooling_rate is per proposal: after 10 proposals (20 ticks) T = 0.9^10.
        #expect(isClose(annealing.temperature ?? .nan, pow(0.9, 10), rtol: 1e-12))
    }

    /// A length the engine's schedules would refuse (over 2⁴⁰ ticks) is refused by the key
    /// table first, at validation, with its location; the engine's own check stays as a guard.
    @Test func aLengthBeyondTheEnginesIsAValidationError() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", """
            version: 1
            name: schedules
            model: {kind: function, name: quadratic, start: [1.0]}
            optimizer: {kind: sgd, lr: 0.1}
            schedule: {kind: one_cycle, max_lr: 1.0, total_steps: 1099511627777}
            train: {steps: 100}

            """)
        let result = ExperimentLoader().check(file: path)
        let d = try #require(result.diagnostics.first)
        #expect((d.line, d.path) == (5, "schedule.total_steps"))
        #expect(d.message.contains("1099511627776"))
        #expect(throws: ScheduleError.self) {
            try OneCycleSchedule(
                maxLR: 1, totalSteps: Limits.maxTicks + 1, pctStart: 0.3, anneal: .cos, divFactor: 25, finalDivFactor: 1e4,
                threePhase: false, cycleMomentum: true, baseMomentum: 0.85, maxMomentum: 0.95)
        }
    }
}
