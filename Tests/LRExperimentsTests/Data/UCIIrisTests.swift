import Foundation
import LREngine
import Testing

@testable import LRConfig
@testable import LRTrial
@testable import LRReport
import LRTestSupport

/// The raw UCI `iris.data` (no header, four measurements then the species name) trains
/// exactly as the built-in iris does: same features, same classes in the same order
/// (`Iris-setosa` < `Iris-versicolor` < `Iris-virginica`, as the built-in 0 < 1 < 2).
@Suite struct UCIIrisTests {
    static let species = ["Iris-setosa", "Iris-versicolor", "Iris-virginica"]

    /// The built-in iris written as the UCI repository ships it.
    static func uciText() throws -> String {
        let iris = try BuiltinDataset.iris.load().dataset
        guard case .classes(let labels) = iris.targets else { throw CSVError(file: "iris", message: "not classes") }
        return (0..<iris.count).map { row in
            let measurements = (0..<iris.features.columns).map { "\(iris.features[row, $0])" }
            return (measurements + [species[labels[row]]]).joined(separator: ",")
        }.joined(separator: "\n") + "\n\n"
    }

    static func experiment(data: String) -> String {
        """
        version: 1
        name: iris-uci
        seed: 11
        data: \(data)
        model: {kind: mlp, hidden: [8], activation: tanh}
        optimizer: {kind: adam, lr: 0.02}
        train: {epochs: 6, batch_size: 16}

        """
    }

    @Test func rawUCIFileMatchesTheBuiltinIrisExactly() throws {
        let files = try TempFiles()
        _ = try files.write("iris.data", try Self.uciText())
        let uci = try #require(try ExperimentText.load(Self.experiment(data: """
            {source: csv, path: iris.data, header: false, target: class,
                   columns: [sepal_length, sepal_width, petal_length, petal_width, class]}
            """), files: files, name: "uci.yaml"))
        let builtin = try #require(try ExperimentText.load(Self.experiment(data: "{source: iris}"), files: files))

        let uciData = try #require(try TrialRunner.prepareData(for: uci))
        let builtinData = try #require(try TrialRunner.prepareData(for: builtin))
        #expect(uciData.classNames == Self.species)
        #expect(uciData.split.train.features == builtinData.split.train.features)
        #expect(uciData.split.train.targets == builtinData.split.train.targets)
        #expect(uciData.split.test.targets == builtinData.split.test.targets)

        let uciOutcome = TrialRunner().run(ExperimentText.spec(uci))
        let builtinOutcome = TrialRunner().run(ExperimentText.spec(builtin))
        #expect(uciOutcome.status == .ok, "\(uciOutcome.message ?? "")")
        #expect(uciOutcome.final.count == 5)
        #expect(uciOutcome.final == builtinOutcome.final)
        #expect(uciOutcome.best == builtinOutcome.best)
        #expect(uciOutcome.curve == builtinOutcome.curve)

        // The report names the classes.
        let description = DataDescription(name: "iris.data", uciData)
        #expect(description.classNames == Self.species)
        #expect(ReportSentences.data(description).contains("Classes: 0 = `Iris-setosa`, 1 = `Iris-versicolor`, 2 = `Iris-virginica`."))
    }
}
