import Foundation
import LREngine
import Testing
@testable import LRExperiments

@Suite("built-in datasets")
struct BuiltinDatasetTests {
    @Test(arguments: [
        (BuiltinDataset.iris, 150, 4, 3),
        (.wine, 178, 13, 3),
        (.breastCancer, 569, 30, 2),
        (.digits, 1797, 64, 10),
        (.diabetes, 442, 10, 0),
    ])
    func shapes(_ source: BuiltinDataset, rows: Int, columns: Int, classes: Int) throws {
        let data = try source.load().dataset
        #expect(data.count == rows)
        #expect(data.features.columns == columns)
        #expect(data.featureNames.count == columns)
        if classes == 0 {
            #expect(data.task == .regression)
        } else {
            #expect(data.task == .classification(classCount: classes))
        }
    }

    @Test func valuesMatchTheFile() throws {
        let iris = try BuiltinDataset.iris.load()
        #expect(iris.dataset.featureNames.first == "sepal_length_(cm)")
        #expect(Array(iris.dataset.features.storage.prefix(4)) == [5.1, 3.5, 1.4, 0.2])
        #expect(iris.classValues == [0, 1, 2])
        let diabetes = try BuiltinDataset.diabetes.load().dataset
        guard case .values(let targets) = diabetes.targets else {
            Issue.record("diabetes should be a regression")
            return
        }
        #expect(targets.storage.first == 151)
        #expect(targets.storage.min() == 25 && targets.storage.max() == 346)
    }

    /// `shared/data` beside the package root (absent in a checkout without it).
    static let sharedData = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("../shared/data").standardizedFileURL

    /// The bundled copies are the files in `shared/data`.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedData.path)), arguments: BuiltinDataset.allCases)
    func bundledFilesMatchShared(_ source: BuiltinDataset) throws {
        let shared = Self.sharedData.appendingPathComponent("\(source.rawValue).csv")
        let fromShared = try CSVLoader.load(
            contentsOf: shared, options: CSVOptions(targetKind: source.targetKind))
        #expect(try source.load() == fromShared)
    }
}
