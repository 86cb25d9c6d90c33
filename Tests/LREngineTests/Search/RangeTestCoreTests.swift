import Testing

@testable import LREngine

/// The range test's schedule, smoothing, stop rule and suggestions on curves of known shape.
@Suite struct RangeTestCoreTests {
    /// 100 rates evenly spaced in log₁₀ from 10⁻⁶ to 10 and the analytic loss
    /// `L(x) = 1.5 − tanh(2(x + 3)) + exp(3x)`, x = log₁₀ lr: steepest descent at x = −3
    /// (where −tanh′ peaks; exp's slope there is 3e⁻⁹), minimum at x ≈ −1.5751 (root of
    /// −2 sech²(2(x+3)) + 3e³ˣ, by bisection), decreasing from the first point to the minimum.
    static let xs = (0..<100).map { -6 + 7 * Double($0) / 99 }
    static let lrs = xs.map { _pow(10, $0) }
    static let losses = xs.map { 1.5 - tanh(2 * ($0 + 3)) + _exp(3 * $0) }
    static let gridStep = 7.0 / 99

    static func tanh(_ x: Double) -> Double { (_exp(2 * x) - 1) / (_exp(2 * x) + 1) }
    static func log10(_ x: Double) -> Double { _log(x) / _log(10) }

    @Test func minimumIsTheRateAtTheLowestLossOverTen() throws {
        let suggestion = try #require(RangeTestSuggestions.minimum(lrs: Self.lrs, losses: Self.losses))
        #expect(abs(Self.log10(suggestion * 10) - -1.5751) <= Self.gridStep)
    }

    @Test func steepestIsWhereTheLossFallsFastestPerDecade() throws {
        let suggestion = try #require(RangeTestSuggestions.steepest(lrs: Self.lrs, losses: Self.losses))
        #expect(abs(Self.log10(suggestion) - -3) <= Self.gridStep)
    }

    @Test func steepestUsesCentralDifferences() {
        // Slopes per decade: (4−5)/1, (2−5)/2, (1.5−4)/2, (1.4−2)/2, (1.4−1.5)/1.
        let lrs = [1.0, 10, 100, 1000, 10000]
        let losses = [5, 4, 2, 1.5, 1.4]
        let slopes = RangeTestSuggestions.slopes(lrs: lrs, losses: losses)
        let expected = [-1, -1.5, -1.25, -0.3, -0.1]
        #expect(zip(slopes, expected).allSatisfy { abs($0 - $1) < 1e-12 })
        // A forward difference would pick 100 (slope −2 from 10 to 100).
        #expect(RangeTestSuggestions.steepest(lrs: lrs, losses: losses) == 10)
    }

    @Test func valleyFollowsFastai() {
        // The loss falls from the first point to the minimum (index 63), so the longest
        // decreasing run is points 0…63; fastai's start is 63 − 64 = −1, s = 64/3, and the
        // index −1 + ⌊s⌋ + ⌊s/2⌋ = 30.
        #expect(RangeTestSuggestions.valley(lrs: Self.lrs, losses: Self.losses) == Self.lrs[30])
        // Longest decreasing subsequence 3, 2.5, 2, 1.5, 1, 0.8 ends at index 7; fastai's code
        // (run in Python on this list) suggests index 4.
        let losses = [3, 2.5, 2.6, 2, 1.5, 1.6, 1, 0.8, 2, 5]
        let lrs = (0..<losses.count).map { Double($0 + 1) }
        #expect(RangeTestSuggestions.valley(lrs: lrs, losses: losses) == 5)
    }

    @Test func suggestionsFromPointsSkipTheEnds() {
        // A spike in the first tenth and a dip among the last five points are ignored.
        var losses = Self.losses
        losses[2] = -100
        losses[97] = -100
        let points = (0..<100).map {
            RangeTestPoint(step: $0 + 1, lr: Self.lrs[$0], loss: losses[$0], smoothedLoss: losses[$0])
        }
        let suggestions = RangeTestSuggestions(points: points, plannedSteps: 100)
        #expect(suggestions.minimum == Self.lrs[63] / 10)
        #expect(suggestions.steepest.map { abs(Self.log10($0) - -3) <= Self.gridStep } == true)
        let none = RangeTestSuggestions(points: [], plannedSteps: 100)
        #expect(none == RangeTestSuggestions(minimum: nil, steepest: nil, valley: nil))
    }

    @Test func scheduleRisesGeometricallyFromStartToEnd() throws {
        var schedule = try RangeTestSchedule(startLR: 1e-7, endLR: 10, steps: 100)
        var rates: [Double] = []
        for _ in 0..<105 {
            rates.append(schedule.lr)
            schedule.advance(after: ScheduleObservation())
        }
        #expect(rates[0] == 1e-7)
        #expect(abs(rates[99] / 10 - 1) < 1e-12)
        #expect(rates[104] == rates[99])
        let ratio = _pow(1e8, 1.0 / 99)
        #expect((1..<100).allSatisfy { abs(rates[$0] / rates[$0 - 1] / ratio - 1) < 1e-9 })
        #expect(throws: ScheduleError.self) { try RangeTestSchedule(startLR: 1, endLR: 0.1) }
        #expect(throws: ScheduleError.self) { try RangeTestSchedule(steps: 1) }
    }

    @Test func smootherIsABiasCorrectedAverage() {
        var smoother = LossSmoother(beta: 0.98)
        #expect(abs(smoother.add(2) - 2) < 1e-12)
        // Weights 0.98 and 1 after correction: (0.98·2 + 4)/1.98.
        #expect(abs(smoother.add(4) - 5.96 / 1.98) < 1e-12)
        var constant = LossSmoother()
        #expect((0..<50).allSatisfy { _ in abs(constant.add(0.7) - 0.7) < 1e-12 })
    }

    @Test func recorderStopsWhenTheSmoothedLossQuadruples() {
        var recorder = RangeTestRecorder(steps: 1000)
        var step = 0
        // Falls to 1, then grows 10% per step until the smoothed loss passes 4× its minimum.
        while recorder.record(lr: 1, loss: step < 20 ? 2 - Double(step) / 20 : 1.1 * _pow(1.1, Double(step - 20))) {
            step += 1
        }
        #expect(recorder.stop == .lossExploded)
        let smoothed = recorder.points.map(\.smoothedLoss)
        let best = smoothed.min() ?? 0
        #expect(smoothed.last.map { $0 > 4 * best } == true)
        #expect(smoothed.dropLast().allSatisfy { $0 <= 4 * best })
        #expect(recorder.points.count < 1000)
    }

    @Test func recorderHandlesNegativeLosses() {
        var recorder = RangeTestRecorder(steps: 100)
        // A minimum of −1: a rise to −0.5 is no explosion; the rule fires only above −1 + 3.
        let goes = (0..<10).map { _ in recorder.record(lr: 1, loss: -1) }
        #expect(goes.allSatisfy { $0 })
        var step = 0
        while recorder.record(lr: 1, loss: Double(step)) { step += 1 }
        #expect(recorder.stop == .lossExploded)
        let last = recorder.points.last?.smoothedLoss ?? 0
        #expect(last > 2 && recorder.points.dropLast().allSatisfy { $0.smoothedLoss <= 2 })
    }

    @Test func recorderStopsOnNaNAndAfterThePlannedSteps() {
        var diverging = RangeTestRecorder(steps: 10)
        let goes = [diverging.record(lr: 1, loss: 1), diverging.record(lr: 2, loss: .nan)]
        #expect(goes == [true, false])
        #expect(diverging.stop == .nonFinite)
        var complete = RangeTestRecorder(steps: 3)
        let continues = (1...3).map { complete.record(lr: Double($0), loss: 1) }
        #expect(continues == [true, true, false])
        #expect(complete.stop == .completed)
        #expect(complete.points.map(\.step) == [1, 2, 3])
    }
}
