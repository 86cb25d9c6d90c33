import Testing

@testable import LREngine
import LRTestSupport

/// The Metropolis rule and the reproducibility of `AnnealingSchedule`.
@Suite struct AnnealingScheduleTests {
    static func schedule(seed: UInt64, sigma: Double = 0.3, minLR: Double = 1e-4, maxLR: Double = 1)
        throws -> AnnealingSchedule
    {
        try AnnealingSchedule.torch(
            baseLR: 0.01, interval: 5, sigma: sigma, initialTemperature: 1,
            cooling: .exponential(gamma: 0.98), minLR: minLR, maxLR: maxLR,
            random: RandomStream(root: seed, name: "schedule"))
    }

    /// Feeds losses whose interval means rise by `delta` each interval; returns each decision.
    static func decisions(seed: UInt64, delta: Double, intervals: Int) throws -> [Bool] {
        var schedule = try schedule(seed: seed)
        var result: [Bool] = []
        for interval in 0..<intervals {
            for _ in 0..<5 {
                schedule.advance(
                    after: ScheduleObservation(trainLoss: 1 + Double(interval) * delta))
            }
            if interval > 0 { result.append(schedule.lastDecision == .accepted) }
        }
        return result
    }

    @Test func worseProposalsPassLessOftenAsItCools() throws {
        // Decision j (j ≥ 1) is taken after k = 5(j+1) ticks at T = 0.98ᵏ, Δ = 0.2.
        let seeds = 2000
        let delta = 0.2
        var accepted = [Int](repeating: 0, count: 30)
        for seed in 0..<seeds {
            for (j, ok) in try Self.decisions(seed: UInt64(seed), delta: delta, intervals: 31)
                .enumerated()
            where ok {
                accepted[j] += 1
            }
        }
        let rates = accepted.map { Double($0) / Double(seeds) }
        for j in [0, 9, 29] {
            let temperature = _pow(0.98, Double(5 * (j + 2)))
            let expected = _exp(-delta / temperature)
            // 2000 Bernoulli draws: standard error ≤ 0.012; allow four of them.
            #expect(abs(rates[j] - expected) < 0.045, "decision \(j): \(rates[j]) vs \(expected)")
        }
        #expect(rates[0] > rates[9] + 0.1 && rates[9] > rates[29] + 0.1, "\(rates)")
    }

    @Test func improvementsAreAlwaysAccepted() throws {
        var schedule = try Self.schedule(seed: 7)
        for tick in 0..<200 {
            schedule.advance(after: ScheduleObservation(trainLoss: 10 - Double(tick / 5) * 0.01))
        }
        #expect(schedule.decisions == 39)
        #expect(schedule.acceptances == 39)
    }

    @Test func metropolisRule() {
        #expect(AnnealingSchedule.accepts(delta: 0, temperature: 0, uniform: 0.99))
        #expect(AnnealingSchedule.accepts(delta: -1, temperature: 1, uniform: 0.99))
        #expect(AnnealingSchedule.accepts(delta: 1, temperature: 1, uniform: 0.36))  // e⁻¹ ≈ 0.368
        #expect(!AnnealingSchedule.accepts(delta: 1, temperature: 1, uniform: 0.37))
        #expect(!AnnealingSchedule.accepts(delta: 1, temperature: 0, uniform: 0))
        #expect(!AnnealingSchedule.accepts(delta: .nan, temperature: 1, uniform: 0))
        #expect(!AnnealingSchedule.accepts(delta: .infinity, temperature: 1, uniform: 0))
    }

    /// A deterministic, bumpy loss feed.
    static func losses(_ count: Int) -> [Double] {
        var stream = RandomStream(root: 99, name: "losses")
        return (0..<count).map { 1 / Double($0 + 1) + 0.2 * stream.uniform() }
    }

    @Test func sameSeedSameRun() throws {
        var a = try Self.schedule(seed: 42)
        var b = try Self.schedule(seed: 42)
        var c = try Self.schedule(seed: 43)
        var ratesA: [Double] = []
        var ratesB: [Double] = []
        var ratesC: [Double] = []
        for loss in Self.losses(300) {
            ratesA.append(a.lr)
            ratesB.append(b.lr)
            ratesC.append(c.lr)
            let observation = ScheduleObservation(trainLoss: loss)
            a.advance(after: observation)
            b.advance(after: observation)
            c.advance(after: observation)
        }
        #expect(ratesA.map(\.bitPattern) == ratesB.map(\.bitPattern))
        #expect(a.acceptances == b.acceptances && a.decisions == b.decisions)
        #expect(ratesA != ratesC)
        #expect(Set(ratesA).count > 10)  // the rate really moved
    }

    @Test func ratesStayInBounds() throws {
        for seed in 0..<50 {
            var schedule = try Self.schedule(seed: UInt64(seed), sigma: 3, minLR: 1e-3, maxLR: 0.05)
            for loss in Self.losses(400) {
                #expect(schedule.lr >= 1e-3 && schedule.lr <= 0.05)
                #expect(schedule.acceptedRate >= 1e-3 && schedule.acceptedRate <= 0.05)
                schedule.advance(after: ScheduleObservation(trainLoss: loss))
            }
        }
    }

    @Test func divergedIntervalIsRejected() throws {
        var schedule = try Self.schedule(seed: 1)
        for _ in 0..<5 { schedule.advance(after: ScheduleObservation(trainLoss: 1)) }
        let onTrial = schedule.trialRate
        let before = schedule.acceptedRate
        for _ in 0..<5 { schedule.advance(after: ScheduleObservation(trainLoss: .nan)) }
        #expect(schedule.lastDecision == .rejected)
        #expect(schedule.acceptedRate == before)
        #expect(onTrial != before)
    }

    @Test func coolingFormulas() throws {
        func temperatures(_ cooling: AnnealingSchedule.Cooling) throws -> [Double] {
            let schedule = try AnnealingSchedule.torch(
                baseLR: 0.1, interval: 1, initialTemperature: 2, cooling: cooling,
                random: RandomStream(seed: 1))
            return [0, 10, 100].map { schedule.temperature(after: $0) }
        }
        let exponential = try temperatures(.exponential(gamma: 0.9))
        #expect(exponential[0] == 2 && isClose(exponential[1], 2 * _pow(0.9, 10), rtol: 1e-15))
        #expect(try temperatures(.linear(steps: 50)) == [2, 1.6, 0])
        let logarithmic = try temperatures(.logarithmic)
        #expect(isClose(logarithmic[0], 2, rtol: 1e-15))
        #expect(isClose(logarithmic[2], 2 / _log(2.718281828459045 + 100), rtol: 1e-15))
    }

    @Test func temperatureScalingCoolsTheRate() throws {
        var schedule = try AnnealingSchedule.torch(
            baseLR: 0.1, interval: 1000, initialTemperature: 1, cooling: .exponential(gamma: 0.99),
            minLR: 1e-6, maxLR: 1, scaleByTemperature: true, random: RandomStream(seed: 3))
        #expect(schedule.lr == 0.1)
        for _ in 0..<100 { schedule.advance(after: ScheduleObservation(trainLoss: 1)) }
        #expect(isClose(schedule.lr, 0.1 * _pow(0.99, 100), rtol: 1e-12))
    }
}
