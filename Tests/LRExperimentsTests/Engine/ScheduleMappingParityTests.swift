import Foundation
import LREngine
import Testing

@testable import LRExperiments

/// Schedules built from experiment files against `Tests/Fixtures/reference/torch-schedules.json`
/// (PyTorch): each case's `lrlab` fragment is the file's `schedule:`, with an SGD optimizer at
/// the case's `base_lr` (and its momentum); the rate (and momentum) of every tick must match
/// within rtol 1e-9. `plateau` is fed the case's `metric` list, one value per tick.
@Suite struct ScheduleMappingParityTests {
    static let file = "torch-schedules.json"

    @Test func referenceFileHasCases() {
        #expect(ReferenceCases.ids(Self.file).count == 13)
    }

    @Test(arguments: ReferenceCases.ids(file))
    func matchesPyTorchThroughDecoding(id: String) throws {
        let reference = try #require(ReferenceCases.case(Self.file, id: id))
        let torch = try #require(reference["torch"] as? [String: Any])
        let baseLR = try #require((torch["base_lr"] as? NSNumber)?.doubleValue)
        let kwargs = torch["optimizer_kwargs"] as? [String: Any] ?? [:]
        var optimizer = "{kind: sgd, lr: \(baseLR)"
        if let momentum = (kwargs["momentum"] as? NSNumber)?.doubleValue { optimizer += ", momentum: \(momentum)" }
        optimizer += "}"
        let lrs = ReferenceCases.doubles(reference["lr"])
        let momenta = ReferenceCases.doubles(reference["momentum"])
        let metrics = ReferenceCases.doubles(reference["metric"])
        #expect(!lrs.isEmpty)
        let files = try TempFiles()
        let text = """
            version: 1
            name: parity
            model: {kind: function, name: quadratic, start: [1.0, 2.0]}
            optimizer: \(optimizer)
            schedule: \(try ReferenceCases.flow(try #require(reference["lrlab"])))
            train: {steps: \(lrs.count)}

            """
        let experiment = try #require(try ExperimentText.load(text, files: files))
        var schedule = try TrialRunner.makeSchedule(experiment, trainCount: 0, trialSeed: experiment.seed)
        var worst = 0.0
        for tick in lrs.indices {
            let lr = schedule.lr
            #expect(closeTo(lr, lrs[tick], rtol: 1e-9), "\(id) tick \(tick): lr \(lr) vs \(lrs[tick])")
            worst = max(worst, abs(lr - lrs[tick]) / (1e-9 * abs(lrs[tick])))
            if !momenta.isEmpty {
                let momentum = try #require(schedule.momentum, "\(id): no momentum")
                #expect(closeTo(momentum, momenta[tick], rtol: 1e-9), "\(id) tick \(tick): momentum \(momentum) vs \(momenta[tick])")
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
