import Foundation
import Testing

@testable import LREngine
import LRTestSupport

/// The calibrated starting temperature (`AnnealingCalibration`) and the calibrating chain.
/// Expected values are computed by hand from the rule's formula.
@Suite struct AnnealingCalibrationTests {
    /// Half the changes fall, half rise by 0.2: 0.5 + 0.5·exp(−0.2/T) = 0.8 gives
    /// exp(−0.2/T) = 0.6, T = −0.2/ln 0.6 = 0.39152…
    @Test func solvesTheAcceptanceEquationOnTheSample() {
        let deltas = [-0.1, 0.2, 0.2, -0.3]
        let t = AnnealingCalibration.temperature(deltas, target: 0.8)
        #expect(isClose(t, -0.2 / log(0.6), rtol: 1e-12))
        #expect(isClose(AnnealingCalibration.acceptance(deltas, temperature: t) ?? 0, 0.8, rtol: 1e-12))
    }

    /// Unequal rises: the root of (1 + e^(−0.1/T) + e^(−0.3/T))/3 = 0.7 lies where the share is 0.7.
    @Test func unequalRisesMeetTheTarget() {
        let deltas = [-0.05, 0.1, 0.3, .nan]  // the non-finite change is left out
        let t = AnnealingCalibration.temperature(deltas, target: 0.7)
        let share = (1 + exp(-0.1 / t) + exp(-0.3 / t)) / 3
        #expect(abs(share - 0.7) < 1e-12)
        #expect(t > 0.1 && t < 1)
    }

    /// With 4 of 5 changes falling, no temperature brings the share down to 0.5: Johnson's
    /// rule on the rises, −0.1/ln 0.5.
    @Test func fallsBackToJohnsonWhenTheLossMostlyFell() {
        let t = AnnealingCalibration.temperature([-0.5, -0.4, -0.3, -0.2, 0.1], target: 0.5)
        #expect(isClose(t, -0.1 / log(0.5), rtol: 1e-12))
        // No rise at all: the mean fall, −0.3/ln 0.8.
        #expect(isClose(AnnealingCalibration.temperature([-0.2, -0.4], target: 0.8), -0.3 / log(0.8), rtol: 1e-12))
        // No finite non-zero change: 0, and only non-worsening proposals pass.
        #expect(AnnealingCalibration.temperature([0, .nan, .infinity], target: 0.8) == 0)
        #expect(AnnealingCalibration.temperature([], target: 0.8) == 0)
        #expect(AnnealingCalibration.acceptance([.nan], temperature: 1) == nil)
    }

    /// Feeds interval means `means` (interval 2) to a calibrating chain.
    static func chain(_ means: [Double], decisions: Int = 3, target: Double = 0.8) throws -> AnnealingSchedule {
        var schedule = try AnnealingSchedule(
            baseLR: 0.01, interval: 2, sigma: 0.3, calibration: .init(target: target, decisions: decisions),
            cooling: .exponential(gamma: 0.9), minLR: 1e-4, maxLR: 0.1, scaleByTemperature: false,
            random: RandomStream(root: 9, name: "schedule"))
        for mean in means {
            for _ in 0..<2 { schedule.advance(after: ScheduleObservation(trainLoss: mean)) }
        }
        return schedule
    }

    /// The first interval is the reference, the next `decisions` calibrate (every proposal
    /// taken, no test), then T₀ is the rule's value and the clock starts at 0.
    @Test func theChainCalibratesThenTests() throws {
        let means = [1.0, 0.9, 1.1, 1.0]  // changes −0.1, +0.2, −0.1
        var schedule = try Self.chain(Array(means.prefix(3)))
        #expect(schedule.isCalibrating && schedule.temperature == nil && schedule.decisions == 0)
        #expect(schedule.recordedValue(0) == nil && schedule.recordedOutcome(1) == nil)
        #expect(schedule.acceptedRate != 0.01)  // taken proposals move the state
        schedule = try Self.chain(means)
        #expect(!schedule.isCalibrating && schedule.decisions == 0)
        #expect(schedule.calibrationDeltas.count == 3)
        let expected = AnnealingCalibration.temperature(schedule.calibrationDeltas, target: 0.8)
        #expect(schedule.initialTemperature == expected)
        // 2/3 + (1/3)·exp(−0.2/T) = 0.8 → T = −0.2/ln 0.4.
        #expect(isClose(expected, -0.2 / log(0.4), rtol: 1e-9))
        #expect(schedule.temperature == expected)
        // One more interval: the first test, with the temperature after 2 ticks of cooling.
        schedule = try Self.chain(means + [0.5])
        #expect(schedule.decisions == 1 && schedule.lastDecision == .accepted)
        #expect(schedule.recordedOutcome(1) == 1 && schedule.recordedOutcome(2) == 1)
        #expect(isClose(schedule.temperature ?? 0, expected * 0.81, rtol: 1e-12))
    }

    /// `acceptance_rate` is the share of the last `acceptanceWindow` (5) tests.
    @Test func acceptanceRateIsWindowed() throws {
        // Reference 1, three calibration rises of 1 (T₀ = 1/ln 2), five falls (accepted),
        // then rises of 100 (accepted with probability below e⁻⁶⁹: rejected).
        let falls: [Double] = (1...5).map { 4 - 0.1 * Double($0) }
        let rises: [Double] = (1...7).map { 4 + 100 * Double($0) }
        let means: [Double] = [1, 2, 3, 4] + falls + rises
        var rates: [Double?] = []
        var schedule = try AnnealingSchedule(
            baseLR: 0.01, interval: 1, sigma: 0.3, calibration: .init(target: 0.5, decisions: 3),
            cooling: .exponential(gamma: 0.9), minLR: 1e-4, maxLR: 0.1, scaleByTemperature: false,
            random: RandomStream(root: 9, name: "schedule"))
        for mean in means {
            schedule.advance(after: ScheduleObservation(trainLoss: mean))
            rates.append(schedule.recordedOutcome(2))
        }
        #expect(isClose(schedule.initialTemperature, 1 / log(2), rtol: 1e-9))
        #expect(Array(rates.prefix(4)) == [nil, nil, nil, nil])
        let expected: [Double?] = [1, 1, 1, 1, 1, 0.8, 0.6, 0.4, 0.2, 0, 0, 0]
        #expect(Array(rates.dropFirst(4)) == expected)
        #expect(schedule.decisions == 12 && schedule.acceptances == 5)
    }

    /// A diverging calibration interval is reverted and left out of the sample.
    @Test func aNonFiniteChangeIsNotTaken() throws {
        let schedule = try Self.chain([1.0, .nan], decisions: 3)
        #expect(schedule.calibrationDecisions == 1 && schedule.calibrationDeltas.isEmpty)
        #expect(schedule.acceptedRate == 0.01)
    }

    @Test func settingsOutOfTheirDomainAreRefused() {
        for (target, decisions) in [(0.0, 3), (1.0, 3), (1.5, 3), (.nan, 3), (0.8, 0)] {
            #expect(throws: ScheduleError.self) {
                try AnnealingSchedule(
                    baseLR: 0.01, interval: 2, sigma: 0.3, calibration: .init(target: target, decisions: decisions),
                    cooling: .logarithmic, minLR: 1e-4, maxLR: 0.1, scaleByTemperature: false,
                    random: RandomStream(root: 1, name: "schedule"))
            }
        }
    }
}
