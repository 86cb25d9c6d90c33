import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// `sweep.parameters.optimizer.lr: {from: lr_find, …}`: rates from a range test.
@Suite struct LRFindSweepTests {
    static func text(_ entry: String, key: String = "optimizer.lr") -> String {
        """
        version: 1
        name: find
        seed: 7
        data: {source: iris, split: {train: 0.7, validation: 0.3, test: 0.0}}
        model: {kind: mlp, hidden: [8], activation: relu}
        optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
        train: {epochs: 2, batch_size: 16}
        sweep:
          method: grid
          parameters:
            \(key): \(entry)

        """
    }

    @Test func factorsMultiplyTheSuggestion() throws {
        let files = try TempFiles()
        let path = try files.write("find.yaml", Self.text("{from: lr_find, suggestion: valley, factor: [0.1, 1, 10]}"))
        let expanded = try ExpandedExperiment(file: path)
        let valley = try #require(try LRFind().run(expanded.experiment).suggestions.valley)
        let rates = expanded.trials.map(\.experiment.optimizer.lr)
        #expect(rates.count == 3)
        for (rate, factor) in zip(rates, [0.1, 1, 10]) { #expect(rate == valley * factor) }
        // Expanding again gives the same trials.
        #expect(try ExpandedExperiment(file: path).trials.map(\.id) == expanded.trials.map(\.id))
    }

    @Test(arguments: [
        ("{from: lr_find, suggestion: lowest}", "find.yaml:11:47: error: sweep.parameters.optimizer.lr.suggestion: unknown suggestion 'lowest'"),
        ("{from: lr_find, factor: [0]}", "sweep.parameters.optimizer.lr.factor: expected a positive number, got 0"),
        ("{from: lr_find, suggest: valley}", "sweep.parameters.optimizer.lr.suggest: unknown key 'suggest'"),
        ("{from: range_test}", "sweep.parameters.optimizer.lr.from: expected 'lr_find'"),
    ])
    func badEntriesAreLocatedErrors(_ entry: String, _ message: String) throws {
        let files = try TempFiles()
        let path = try files.write("find.yaml", Self.text(entry))
        let result = ExperimentLoader().check(file: path, overrides: [])
        #expect(!result.isValid)
        let text = DiagnosticPrinter(format: .text).render(result.diagnostics)
        #expect(text.contains(message), "\(text)")
    }

    @Test func onlyTheRateMayComeFromTheRangeTest() throws {
        let files = try TempFiles()
        let path = try files.write("find.yaml", Self.text("{from: lr_find}", key: "optimizer.momentum"))
        let result = ExperimentLoader().check(file: path, overrides: [])
        #expect(result.diagnostics.contains { $0.message == "'from: lr_find' applies to 'optimizer.lr' only" })
    }
}
