import Foundation
import LREngine
import Testing
@testable import LRConfig

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

    /// SHA-256 of each bundled file, as exported from scikit-learn's copies of the UCI data
    /// (see `Sources/LRConfig/Data/README.md`): a changed byte changes every result.
    static let digests: [BuiltinDataset: String] = [
        .breastCancer: "f33ae089975a799b1a7feef6dfc00c1fd0081c7dd7acd8a42762515b7695eb2b",
        .diabetes: "628ac10ad7a59a6d9929771095fd50c2e27084b1104a2ea53683b0273f6bf13b",
        .digits: "e519ade8e150515c6544752b39eb10729224c0b92b31617ddccb3a5843bc68f0",
        .iris: "44dab7f87af1e7a9b7ddc7364384fdc3d5da5c4691d3e0808c7b9e21252ddadd",
        .wine: "ca062e55096d069ab9bd3a728ffd3103e4db8f0997abff612012d214872d906c",
    ]

    @Test(arguments: BuiltinDataset.allCases)
    func bundledFilesAreTheRecordedOnes(_ source: BuiltinDataset) throws {
        let path = "\(Fixtures.packageRoot)/Sources/LRConfig/Resources/Datasets/\(source.rawValue).csv"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        #expect(ContentHash.sha256(bytes) == Self.digests[source])
    }
}
