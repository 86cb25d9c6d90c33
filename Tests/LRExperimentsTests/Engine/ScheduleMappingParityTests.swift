import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
import LRTestSupport

/// Schedules built from experiment files against `Tests/Fixtures/reference/torch-schedules.json`
/// (PyTorch): each case's `lrlab` fragment is the file's `schedule:`, with an SGD optimizer at
/// the case's `base_lr` (and its momentum); the rate (and momentum) of every tick must match
/// within rtol 1e-9. `plateau` is fed the case's `metric` list, one value per tick.
@Suite struct ScheduleMappingParityTests {
    static let file = "torch-schedules.json"

    @Test func referenceFileHasCases() {
        #expect(Reference.caseIDs(Self.file).count == 13)
    }

    @Test(arguments: Reference.caseIDs(file))
    func matchesPyTorchThroughDecoding(id: String) throws {
        let reference = try #require(Reference.case(Self.file, id: id))
        let torch = try #require(reference["torch"])
        let baseLR = try #require(torch["base_lr"]?.double)
        var optimizer = "{kind: sgd, lr: \(baseLR)"
        if let momentum = torch["optimizer_kwargs"]?["momentum"]?.double { optimizer += ", momentum: \(momentum)" }
        optimizer += "}"
        let lrs = reference["lr"]?.doubles ?? []
        let momenta = reference["momentum"]?.doubles ?? []
        let metrics = reference["metric"]?.doubles ?? []
        #expect(!lrs.isEmpty)
        let files = try TempFiles()
        let text = """
            version: 1
            name: parity
            model: {kind: function, name: quadratic, start: [1.0, 2.0]}
            optimizer: \(optimizer)
            schedule: \(try #require(reference["lrlab"]).flow)
            train: {steps: \(lrs.count)}

            """
        let experiment = try #require(try ExperimentText.load(text, files: files))
        var schedule = try TrialRunner.makeSchedule(experiment, trainCount: 0, trialSeed: experiment.seed)
        var worst = 0.0
        for tick in lrs.indices {
            let lr = schedule.lr
            #expect(isClose(lr, lrs[tick], rtol: 1e-9), "\(id) tick \(tick): lr \(lr) vs \(lrs[tick])")
            worst = max(worst, abs(lr - lrs[tick]) / (1e-9 * abs(lrs[tick])))
            if !momenta.isEmpty {
                let momentum = try #require(schedule.momentum, "\(id): no momentum")
                #expect(isClose(momentum, momenta[tick], rtol: 1e-9), "\(id) tick \(tick): momentum \(momentum) vs \(momenta[tick])")
            }
            let metric = tick < metrics.count ? metrics[tick] : nil
            schedule.advance(after: ScheduleObservation(metric: metric))
        }
        print("schedule \(id): largest share of the tolerance used \(worst)")
    }

    @Test func everyKindIsRegisteredOnce() {
        #expect(Set(ScheduleKinds.names).count == ScheduleKinds.all.count)
        for name in ScheduleKinds.names {
            #expect(ScheduleKinds.named(name)?.name == name, "\(name)")
        }
    }
}
