import Testing

@testable import LREngine
import LRTestSupport

/// Schedule behaviour beyond the PyTorch reference cases: warmup, three-phase and linear
/// one-cycle, plateau variants, sequences and the settings each schedule refuses.
@Suite struct ScheduleBehaviourTests {
    static func rates(
        _ schedule: some LRSchedule, ticks: Int, metric: (Int) -> Double? = { _ in nil }
    )
        -> [Double]
    {
        var schedule = schedule
        var result: [Double] = []
        for tick in 0..<ticks {
            result.append(schedule.lr)
            schedule.advance(after: ScheduleObservation(metric: metric(tick)))
        }
        return result
    }

    @Test func warmupIsSequentialLinearThenWrapped() throws {
        // PyTorch's SequentialLR([LinearLR(0.01, total_iters=20), CosineAnnealingLR(280)], [20]).
        let reference = try #require(
            Reference.case("torch-schedules.json", id: "sequence-warmup-cosine"))
        let expected = try #require(reference["lr"]?.doubles)
        let warmup = try WarmupSchedule.torch(
            wrapping: CosineSchedule.torch(baseLR: 0.1, tMax: 280), steps: 20, startFactor: 0.01)
        let actual = Self.rates(warmup, ticks: expected.count)
        for (tick, (a, b)) in zip(actual, expected).enumerated() {
            #expect(isClose(a, b, rtol: 1e-9), "tick \(tick): \(a) vs \(b)")
        }
    }

    @Test func warmupRampsLinearlyToTheWrappedStart() throws {
        let wrapped = try CyclicSchedule.torch(baseLR: 0.02, maxLR: 0.2, stepSizeUp: 10)
        let warmup = try WarmupSchedule.torch(wrapping: wrapped, steps: 4, startFactor: 0.25)
        let rates = Self.rates(warmup, ticks: 6)
        let expected = [0.005, 0.00875, 0.0125, 0.01625, 0.02, 0.02 + 0.18 / 10]
        for (a, b) in zip(rates, expected) { #expect(isClose(a, b, rtol: 1e-12), "\(rates)") }
        #expect(warmup.momentum == 0.9)  // the wrapped schedule's starting momentum
    }

    @Test func zeroWarmupIsTheWrappedSchedule() throws {
        let wrapped = try StepSchedule.torch(baseLR: 0.1, stepSize: 3, gamma: 0.5)
        let warmup = try WarmupSchedule.torch(wrapping: wrapped, steps: 0)
        #expect(Self.rates(warmup, ticks: 10) == Self.rates(wrapped, ticks: 10))
    }

    @Test func threePhaseLinearOneCycle() throws {
        let schedule = try OneCycleSchedule.torch(
            maxLR: 1, totalSteps: 100, pctStart: 0.25, anneal: .linear, divFactor: 10,
            finalDivFactor: 100, threePhase: true)
        var s = schedule
        var lr: [Double] = []
        var momentum: [Double] = []
        for _ in 0..<160 {
            lr.append(s.lr)
            momentum.append(s.momentum ?? .nan)
            s.advance(after: ScheduleObservation())
        }
        // Phases end at ticks 24 (max), 48 (back to initial) and 99 (minimum).
        let checks: [(Int, Double, Double)] = [
            (0, 0.1, 0.95), (12, 0.55, 0.9), (24, 1, 0.85), (48, 0.1, 0.95), (99, 0.001, 0.95),
        ]
        for (tick, rate, m) in checks {
            #expect(isClose(lr[tick], rate, rtol: 1e-12), "tick \(tick): \(lr[tick])")
            #expect(isClose(momentum[tick], m, rtol: 1e-12), "tick \(tick): \(momentum[tick])")
        }
        #expect(lr[100] == lr[159])  // held after the last tick PyTorch allows
    }

    @Test func oneCycleWithAOneTickWarmPhaseStaysFinite() throws {
        // pct_start·N = 1: the first phase ends where it starts.
        let schedule = try OneCycleSchedule.torch(maxLR: 0.1, totalSteps: 10, pctStart: 0.1)
        let rates = Self.rates(schedule, ticks: 10)
        let finite = rates.allSatisfy { $0.isFinite }
        #expect(finite, "\(rates)")
        #expect(isClose(rates[0], 0.1, rtol: 1e-12))
        #expect(rates[9] < rates[1])
    }

    @Test func oneCycleWithoutMomentum() throws {
        let schedule = try OneCycleSchedule.torch(maxLR: 0.1, totalSteps: 10, cycleMomentum: false)
        #expect(schedule.momentum == nil)
    }

    @Test func plateauMaxAbsolute() throws {
        let schedule = try PlateauSchedule.torch(
            baseLR: 1, mode: .max, factor: 0.5, patience: 1, threshold: 0.1, thresholdMode: .abs,
            minLR: 0.3)
        // Rises of 0.01 are below the absolute threshold: every tick after the first is bad.
        let rates = Self.rates(schedule, ticks: 9) { Double($0) * 0.01 }
        #expect(rates == [1, 1, 1, 0.5, 0.5, 0.3, 0.3, 0.3, 0.3])
    }

    @Test func plateauFallsBackToTrainingLoss() throws {
        var schedule = try PlateauSchedule.torch(baseLR: 1, factor: 0.1, patience: 0)
        schedule.advance(after: ScheduleObservation(trainLoss: 2))
        schedule.advance(after: ScheduleObservation(trainLoss: 3))
        #expect(isClose(schedule.lr, 0.1, rtol: 1e-15))
        schedule.advance(after: ScheduleObservation())  // nothing observed: nothing changes
        #expect(isClose(schedule.lr, 0.1, rtol: 1e-15))
    }

    @Test func sequenceHandsOverMomentum() throws {
        let sequence = try SequenceSchedule(
            schedules: [
                ConstantSchedule(baseLR: 0.1),
                CyclicSchedule.torch(baseLR: 0.01, maxLR: 0.1, stepSizeUp: 5),
                ExponentialSchedule(baseLR: 0.1, gamma: 0.5),
            ],
            milestones: [3, 8])
        var s = sequence
        var seen: [(Double, Double?)] = []
        for _ in 0..<10 {
            seen.append((s.lr, s.momentum))
            s.advance(after: ScheduleObservation())
        }
        #expect(seen[2].0 == 0.1 && seen[2].1 == nil)
        #expect(seen[3].0 == 0.01 && seen[3].1 == 0.9)
        #expect(isClose(seen[4].0, 0.01 + 0.09 / 5, rtol: 1e-12))
        #expect(seen[8].0 == 0.1 && seen[9].0 == 0.05 && seen[9].1 == nil)
    }

    @Test func constantNeverMoves() {
        #expect(Self.rates(ConstantSchedule(baseLR: 0.3), ticks: 5) == [0.3, 0.3, 0.3, 0.3, 0.3])
    }

    @Test func restartsWithUnitMultiplierArePeriodic() throws {
        let rates = Self.rates(try CosineRestartsSchedule.torch(baseLR: 0.1, t0: 7), ticks: 21)
        #expect(Array(rates[0..<7]) == Array(rates[7..<14]))
        #expect(rates[0] == 0.1 && rates[6] < rates[5])
    }

    static let invalid: [(String, @Sendable () throws -> Any)] = [
        ("step_size", { try StepSchedule.torch(baseLR: 0.1, stepSize: 0) }),
        ("total_steps", { try PolynomialSchedule.torch(baseLR: 0.1, totalSteps: 0) }),
        ("start_factor", { try LinearSchedule.torch(baseLR: 0.1, startFactor: 0) }),
        ("end_factor", { try LinearSchedule.torch(baseLR: 0.1, endFactor: 1.5) }),
        ("t_max", { try CosineSchedule.torch(baseLR: 0.1, tMax: 0) }),
        ("t_max", { try CosineSchedule.torch(baseLR: 0.1, tMax: Int.max) }),
        ("t_0", { try CosineRestartsSchedule.torch(baseLR: 0.1, t0: -3) }),
        ("t_mult", { try CosineRestartsSchedule.torch(baseLR: 0.1, t0: 3, tMult: 0) }),
        ("step_size_up", { try CyclicSchedule.torch(baseLR: 0.1, maxLR: 1, stepSizeUp: 0) }),
        ("step_size_down", { try CyclicSchedule.torch(baseLR: 0.1, maxLR: 1, stepSizeDown: -1) }),
        ("total_steps", { try OneCycleSchedule.torch(maxLR: 0.1, totalSteps: 0) }),
        ("pct_start", { try OneCycleSchedule.torch(maxLR: 0.1, totalSteps: 10, pctStart: 1.5) }),
        ("div_factor", { try OneCycleSchedule.torch(maxLR: 0.1, totalSteps: 10, divFactor: 0) }),
        ("factor", { try PlateauSchedule.torch(baseLR: 0.1, factor: 1) }),
        ("patience", { try PlateauSchedule.torch(baseLR: 0.1, patience: -1) }),
        (
            "milestones",
            { try SequenceSchedule(schedules: [ConstantSchedule(baseLR: 1)], milestones: [3]) }
        ),
        (
            "milestones",
            {
                try SequenceSchedule(
                    schedules: [
                        ConstantSchedule(baseLR: 1), ConstantSchedule(baseLR: 1),
                        ConstantSchedule(baseLR: 1),
                    ],
                    milestones: [5, 3])
            }
        ),
        ("schedules", { try SequenceSchedule(schedules: [], milestones: []) }),
        ("steps", { try WarmupSchedule.torch(wrapping: ConstantSchedule(baseLR: 1), steps: -1) }),
        (
            "interval",
            {
                try AnnealingSchedule.torch(baseLR: 0.1, interval: 0, random: RandomStream(seed: 1))
            }
        ),
        (
            "min_lr",
            {
                try AnnealingSchedule.torch(
                    baseLR: 0.1, interval: 1, minLR: 1, maxLR: 0.5, random: RandomStream(seed: 1))
            }
        ),
        (
            "gamma",
            {
                try AnnealingSchedule.torch(
                    baseLR: 0.1, interval: 1, cooling: .exponential(gamma: 1.5),
                    random: RandomStream(seed: 1)
                )
            }
        ),
    ]

    @Test(arguments: 0..<invalid.count)
    func refusesSettingsOutOfDomain(index: Int) {
        let (key, make) = Self.invalid[index]
        #expect {
            _ = try make()
        } throws: { error in
            (error as? ScheduleError)?.message.contains("'\(key)'") == true
        }
    }
}
