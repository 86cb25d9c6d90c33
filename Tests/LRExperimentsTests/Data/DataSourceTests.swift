import Foundation
import LREngine
import Testing
@testable import LRConfig

@Suite("data sources")
struct DataSourceTests {
    var fractions: SplitFractions {
        get throws { try SplitFractions(train: 0.7, validation: 0.15, test: 0.15) }
    }

    func prepare(_ source: DataSource, standardize: Bool = true, seed: UInt64 = 1) throws -> PreparedData {
        var data = RandomStream(root: seed, name: "data")
        var split = RandomStream(root: seed, name: "split")
        return try source.prepare(fractions: try fractions, standardize: standardize, data: &data, split: &split)
    }

    @Test func syntheticSourceMatchesTheGeneratorAndSplit() throws {
        let prepared = try prepare(.synthetic(name: "moons", samples: 200, features: nil, classes: nil, noise: 0.1), standardize: false)
        var data = RandomStream(root: 1, name: "data")
        var split = RandomStream(root: 1, name: "split")
        let expected = try DatasetSplit(Synthetic.moons(samples: 200, noise: 0.1, stream: &data), fractions: try fractions, stream: &split)
        #expect(prepared.split == expected)
        #expect(prepared.standardizer == nil)
        #expect(prepared.classValues == [0, 1])
    }

    @Test func builtinSourceIsStandardisedOnTraining() throws {
        let prepared = try prepare(.builtin(.wine))
        #expect(prepared.split.train.count + prepared.split.validation.count + prepared.split.test.count == 178)
        let standardizer = try #require(prepared.standardizer)
        let column = 12  // proline, in the hundreds before scaling
        #expect(standardizer.mean[column] > 100)
        let train = (0..<prepared.split.train.count).map { Double(prepared.split.train.features[$0, column]) }
        #expect(abs(train.reduce(0, +) / Double(train.count)) < 1e-5)
        #expect(prepared.classValues == [0, 1, 2])
    }

    @Test func csvSourceErrorsNameTheFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("points.csv")
        try "x,y,label\n1,2,a\n".write(to: url, atomically: true, encoding: .utf8)
        let source = DataSource.csv(url: url, displayPath: "data/points.csv", options: CSVOptions(targetColumn: "label"))
        #expect(throws: CSVError(file: "data/points.csv", line: 2, column: 3, message: "expected a number, got \"a\"")) {
            try prepare(source)
        }
    }

    @Test func badSettingsThrow() {
        #expect(throws: DataError.self) {
            try prepare(.synthetic(name: "blobs", samples: 10, features: 2, classes: 20, noise: 1))
        }
    }
}
