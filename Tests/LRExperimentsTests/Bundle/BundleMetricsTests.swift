import Testing
@testable import LRConfig
@testable import LRBundle
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct BundleMetricsTests {
    @Test func summarisesEachConfigurationOverItsSeeds() throws {
        let files = try TempFiles()
        let metrics = BundleMetrics(result: SampleRuns.result(try SampleRuns.experiment(files)))
        #expect(metrics.trials.map(\.id) == ["c0000000000a1", "c0000000000a2", "c0000000000b1", "c0000000000b2"])
        #expect(metrics.configurations.map(\.id) == ["c0000000000a", "c0000000000b"])
        let first = metrics.configurations[0]
        #expect(first.trials == ["c0000000000a1", "c0000000000a2"])
        let val = try #require(first.metrics.first { $0.name == "val_loss" })
        #expect(val.mean == 0.375 && val.n == 2)
        // Sample standard deviation of {0.25, 0.5}: sqrt(2 * 0.125^2 / 1).
        #expect(val.std == (2 * 0.125 * 0.125).squareRoot())
        #expect(first.statuses.map(\.count) == [2, 0, 0, 0])
        // Diverged trials count in the statuses but not in the means.
        let second = metrics.configurations[1]
        #expect(second.statuses.first { $0.status == .diverged }?.count == 2)
        #expect(second.metrics.allSatisfy { $0.n == 0 && $0.mean == nil && $0.std == nil })
        #expect(metrics.best == .init(configuration: "c0000000000a", value: 0.375))
        #expect(metrics.objective == .init(metric: "val_loss", maximize: false, requested: nil, note: nil))
    }

    @Test func oneSeedHasNoStandardDeviationInTheFile() throws {
        let files = try TempFiles()
        var result = SampleRuns.result(try SampleRuns.experiment(files))
        result.trials.removeLast(3)
        let metrics = BundleMetrics(result: result)
        let val = try #require(metrics.configurations.first?.metrics.first { $0.name == "val_loss" })
        #expect(val.mean == 0.25 && val.std == nil && val.n == 1)
        let written = metrics.json["configurations"]?.arrayValue?.first?["metrics"]?["val_loss"]
        #expect(written == .object([("mean", .number(0.25)), ("std", .null), ("n", .integer(1))]))
    }

    @Test func missingObjectiveMetricFallsBackToTrainLossAndSaysSo() throws {
        let files = try TempFiles()
        var text = SampleRuns.experimentText
        text += "  objective: {metric: val_accuracy, goal: maximize}\n"
        let experiment = try SampleRuns.experiment(files, text: text)
        var result = SampleRuns.result(experiment)
        for index in result.trials.indices { result.trials[index].outcome.final.removeAll { $0.name == "val_accuracy" } }
        let metrics = BundleMetrics(result: result)
        #expect(metrics.objective.metric == "train_loss")
        #expect(metrics.objective.maximize == false)
        #expect(metrics.objective.requested == "val_accuracy")
        #expect(metrics.objective.note == "no trial reported 'val_accuracy'; ranked by 'train_loss' (minimize) instead")
        #expect(metrics.best == .init(configuration: "c0000000000a", value: 0.375))
    }

    @Test func maximisingPicksTheLargestMean() throws {
        let files = try TempFiles()
        let experiment = try SampleRuns.experiment(
            files, text: SampleRuns.experimentText + "  objective: {metric: val_loss, goal: maximize}\n")
        var result = SampleRuns.result(experiment)
        result.trials[2].outcome = SampleRuns.outcome(trainLoss: 1, valLoss: 2)
        let metrics = BundleMetrics(result: result)
        #expect(metrics.best == .init(configuration: "c0000000000b", value: 2))
    }

    @Test func jsonReadsBackEqual() throws {
        let files = try TempFiles()
        let metrics = BundleMetrics(result: SampleRuns.result(try SampleRuns.experiment(files)))
        let text = metrics.json.pretty()
        let back = try BundleMetrics(reading: JSONReader(try JSONValue.parse(text)))
        // Diverged trials hold NaN, which is never equal to itself: compare the text.
        #expect(back.json.pretty() == text)
        #expect(back.configurations == metrics.configurations)
        #expect(text.contains(#""val_loss": "nan""#))
    }
}
