import Foundation
import Testing

@testable import LRTrial
@testable import LRReport
import LRExperimentsTestSupport
import LRTestSupport

/// The report's data section and its warning for a run that learned nothing.
@Suite struct DataSectionTests {
    @Test func describesTheDataTheTrialsTrainedOn() throws {
        let fixture = try SweepFixture(irisExperiment(sweep: "  method: grid\n  parameters: {optimizer.lr: [0.1, 0.2]}\n  seeds: [1, 2]\n"))
        let trials = try fixture.trials().map { RunResult.Trial(spec: $0, outcome: .failed("not run")) }
        let data = DataDescription.of(trials)
        // One data set for the four trials: neither the rate nor the replicate seed changes it.
        #expect(data.count == 1)
        let iris = try #require(data.first)
        #expect(iris.name == "iris")
        #expect(iris.summary == "150 examples (106 train, 22 validation, 22 test), 4 features, 3 classes, standardised")
        let counts = try #require(iris.trainClassCounts)
        #expect(counts.count == 3 && counts.reduce(0, +) == 106)
        let chance = try #require(iris.chanceAccuracy)
        #expect(chance > 0.2 && chance < 0.5)
        let line = ReportSentences.data(iris)
        #expect(line.hasPrefix("`iris`: 150 examples (106 train, 22 validation, 22 test), 4 features, 3 classes, standardised. Training part by class: 0: "))
        #expect(line.hasSuffix("on the validation part."))

        // Described ahead (as a run does while its trials train), the same description.
        let ahead = DataDescription.describe(trials.map(\.spec.experiment))
        #expect(ahead.count == 1)
        #expect(DataDescription.of(trials, known: ahead) == data)
        let other = try SweepFixture(irisExperiment(sweep: "  method: grid\n  parameters: {data.standardize: [false]}\n"))
        let unrelated = DataDescription.describe(try other.trials().map(\.experiment))
        #expect(DataDescription.of(trials, known: unrelated) == data)
        let marked = DataDescription(name: "described ahead", summary: "", trainClassCounts: nil, chanceAccuracy: nil)
        let known = [DataDescription.Described(key: ahead[0].key, description: marked)]
        #expect(DataDescription.of(trials, known: known) == [marked])
    }

    @Test func warnsWhenEveryConfigurationStaysAtChance() throws {
        let summary = RunSummary(try RunFixtures.sweepRun())
        let means = summary.configurations.compactMap { $0.metric("val_accuracy")?.mean }
        #expect(means.count == summary.configurations.count)
        let atChance = DataDescription(name: "d", summary: "", trainClassCounts: [5, 5], chanceAccuracy: (means.max() ?? 0) - 0.005)
        let warning = try #require(ReportSentences.chanceWarning(summary, [atChance]))
        #expect(warning.hasPrefix("no configuration's mean `val_accuracy` beats always predicting the most common class"))
        let learned = DataDescription(name: "d", summary: "", trainClassCounts: [5, 5], chanceAccuracy: (means.max() ?? 0) - 0.05)
        #expect(ReportSentences.chanceWarning(summary, [learned]) == nil)
        let regression = DataDescription(name: "d", summary: "", trainClassCounts: nil, chanceAccuracy: nil)
        #expect(ReportSentences.chanceWarning(summary, [regression]) == nil)
    }
}
