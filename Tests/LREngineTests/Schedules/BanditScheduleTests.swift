import Testing

@testable import LREngine

/// `BanditSchedule`, `UCB1Policy` and `EXP3Policy` in a synthetic stationary environment.
@Suite struct BanditScheduleTests {
    /// The relative loss improvement each arm yields over a window (arm 2 is best).
    static let improvement = [-1.0, -0.2, 0.6]

    static func schedule(
        _ policy: BanditSchedule.Policy, seed: UInt64 = 1, interval: Int = 3, minLR: Double = 1e-6,
        maxLR: Double = 10
    ) throws -> BanditSchedule {
        try BanditSchedule.torch(
            baseLR: 0.01, arms: [0.5, 1.0, 2.0], policy: policy, decisionInterval: interval,
            minLR: minLR, maxLR: maxLR, random: RandomStream(root: seed, name: "schedule"))
    }

    /// Runs `windows` decision windows where the loss at a window's end is the loss before it
    /// times `1 − improvement[arm]` (so the window's reward is exactly `improvement[arm]`,
    /// clipped); returns the arm of each window and every tick's rate.
    static func run(_ schedule: inout BanditSchedule, windows: Int) -> (arms: [Int], rates: [Double]) {
        var arms: [Int] = []
        var rates: [Double] = []
        var loss = 1.0
        for _ in 0..<windows {
            let arm = schedule.arm
            arms.append(arm)
            for tick in 1...schedule.decisionInterval {
                rates.append(schedule.lr)
                if tick == schedule.decisionInterval { loss *= 1 - improvement[arm] }
                schedule.advance(after: ScheduleObservation(trainLoss: loss))
            }
        }
        return (arms, rates)
    }

    static func bestShareOfSecondHalf(_ arms: [Int]) -> Double {
        let half = arms[(arms.count / 2)...]
        return Double(half.filter { $0 == 2 }.count) / Double(half.count)
    }

    @Test(arguments: [BanditSchedule.Policy.ucb1(exploration: 1), .exp3(gamma: 0.1)])
    func concentratesOnTheBestArm(policy: BanditSchedule.Policy) throws {
        var schedule = try Self.schedule(policy)
        let (arms, _) = Self.run(&schedule, windows: 600)
        let share = Self.bestShareOfSecondHalf(arms)
        #expect(share > 0.6, "best arm share \(share)")
        #expect(schedule.decisions == 600)
        #expect(schedule.pulls.reduce(0, +) == 601)  // the next window's arm is already chosen
    }

    @Test func ucb1TriesEachArmOnceFirst() throws {
        var schedule = try Self.schedule(.ucb1(exploration: 1))
        let (arms, _) = Self.run(&schedule, windows: 3)
        #expect(arms == [0, 1, 2])
    }

    @Test func ucb1PolicyPicksTheHighestBound() {
        var policy = UCB1Policy(arms: 2, exploration: 1)
        policy.reward(0.9, to: 0)
        policy.reward(0.1, to: 1)
        #expect(policy.choose() == 0)
        // Enough pulls of arm 0 make arm 1's bound the larger: 0.1 + √(2 ln 12 / 1) > 0.9 + √(2 ln 12 / 11).
        for _ in 0..<10 { policy.reward(0.9, to: 0) }
        #expect(policy.choose() == 1)
    }

    @Test func exp3IsReproducibleFromTheSeed() throws {
        var a = try Self.schedule(.exp3(gamma: 0.2), seed: 7)
        var b = try Self.schedule(.exp3(gamma: 0.2), seed: 7)
        var c = try Self.schedule(.exp3(gamma: 0.2), seed: 8)
        let runA = Self.run(&a, windows: 200)
        let runB = Self.run(&b, windows: 200)
        let runC = Self.run(&c, windows: 200)
        #expect(runA.arms == runB.arms)
        #expect(runA.rates == runB.rates)
        #expect(runA.arms != runC.arms)
    }

    @Test func exp3ProbabilitiesFollowTheWeights() {
        var policy = EXP3Policy(arms: 3, gamma: 0.3)
        #expect(policy.probabilities.allSatisfy { abs($0 - 1.0 / 3) < 1e-12 })
        policy.reward(1, to: 0)
        // x̂ = 1/(1/3) = 3, so ln w₀ = 0.3·3/3 = 0.3.
        #expect(abs(policy.logWeights[0] - 0.3) < 1e-12)
        let w = _exp(0.3)
        let expected = 0.7 * w / (w + 2) + 0.1
        #expect(abs(policy.probabilities[0] - expected) < 1e-12)
        #expect(abs(policy.probabilities.reduce(0, +) - 1) < 1e-12)
    }

    @Test(arguments: [BanditSchedule.Policy.ucb1(exploration: 1), .exp3(gamma: 0.1)])
    func ratesStayWithinTheBoundsAndMoveCumulatively(policy: BanditSchedule.Policy) throws {
        var schedule = try Self.schedule(policy, minLR: 1e-3, maxLR: 0.05)
        let (arms, rates) = Self.run(&schedule, windows: 300)
        #expect(rates.allSatisfy { $0 >= 1e-3 && $0 <= 0.05 })
        // The best arm doubles the rate, so the controller walks it up to the bound.
        #expect(rates.last == 0.05)
        // Rates are constant within a window and move by the chosen multiplier between windows.
        let w = schedule.decisionInterval
        for j in 1..<arms.count {
            let before = rates[j * w - 1]
            let after = rates[j * w]
            let expected = min(max(before * [0.5, 1.0, 2.0][arms[j]], 1e-3), 0.05)
            #expect(after == expected)
        }
    }

    @Test func rewardIsTheClippedRelativeImprovement() {
        #expect(BanditSchedule.reward(before: 2, after: 1.5) == 0.25)
        #expect(BanditSchedule.reward(before: 2, after: 5) == -1)
        #expect(BanditSchedule.reward(before: -2, after: -3) == 0.5)
        #expect(BanditSchedule.reward(before: 1, after: .nan) == -1)
        #expect(BanditSchedule.reward(before: 1, after: nil) == -1)
        #expect(BanditSchedule.reward(before: 0, after: 0) == 0)
        #expect(BanditSchedule.reward(before: nil, after: 1) == 0)
    }

    @Test func theMetricTakesPrecedenceOverTheTrainingLoss() throws {
        var schedule = try Self.schedule(.ucb1(exploration: 1), interval: 1)
        schedule.advance(after: ScheduleObservation(trainLoss: 1, metric: 4))
        schedule.advance(after: ScheduleObservation(trainLoss: 100, metric: 2))
        #expect(schedule.lastReward == 0.5)
    }

    @Test func invalidSettingsThrow() {
        let random = RandomStream(seed: 1)
        #expect(throws: ScheduleError.self) { try BanditSchedule.torch(baseLR: 0.1, arms: [1], random: random) }
        #expect(throws: ScheduleError.self) { try BanditSchedule.torch(baseLR: 0.1, arms: [1, -2], random: random) }
        #expect(throws: ScheduleError.self) {
            try BanditSchedule.torch(baseLR: 0.1, decisionInterval: 0, random: random)
        }
        #expect(throws: ScheduleError.self) {
            try BanditSchedule.torch(baseLR: 0.1, policy: .exp3(gamma: 0), random: random)
        }
        #expect(throws: ScheduleError.self) {
            try BanditSchedule.torch(baseLR: 0.1, minLR: 1, maxLR: 0.1, random: random)
        }
    }
}
