import Testing

@testable import LREngine
import LRTestSupport

/// Rates against `Tests/Fixtures/reference/torch-schedules.json`, produced by PyTorch: `lr[i]` (and
/// `momentum[i]`) is in force for update i, read before the scheduler's i-th step; the plateau
/// case steps once per entry of `metric`.
@Suite struct ScheduleParityTests {
    static let file = "torch-schedules.json"

    @Test func referenceFileHasEveryCase() {
        #expect(Reference.caseIDs(Self.file).count == 13)
    }

    @Test(arguments: Reference.caseIDs(file))
    func matchesPyTorch(id: String) throws {
        let reference = try #require(Reference.case(Self.file, id: id))
        let spec = try #require(reference["lrlab"])
        let baseLR = try #require(reference["torch"]?["base_lr"]?.double)
        var schedule = try #require(
            try makeSchedule(spec, baseLR: baseLR), "no schedule for \(spec)")
        let rates = try #require(reference["lr"]?.doubles)
        let momenta = reference["momentum"]?.doubles
        let metrics = reference["metric"]?.doubles
        #expect(rates.count == reference["steps"]?.int)
        var worst = 0.0
        for (tick, rate) in rates.enumerated() {
            #expect(
                isClose(schedule.lr, rate, rtol: 1e-9),
                "\(id) tick \(tick): lr \(schedule.lr) vs \(rate)")
            worst = max(worst, abs(schedule.lr - rate) / max(abs(rate), .leastNormalMagnitude))
            if let momenta {
                let momentum = try #require(schedule.momentum, "\(id): no momentum")
                #expect(
                    isClose(momentum, momenta[tick], rtol: 1e-9),
                    "\(id) tick \(tick): momentum \(momentum) vs \(momenta[tick])")
            } else {
                #expect(schedule.momentum == nil)
            }
            schedule.advance(after: ScheduleObservation(metric: metrics?[tick]))
        }
        print("\(id): max relative error \(worst)")
    }
}
