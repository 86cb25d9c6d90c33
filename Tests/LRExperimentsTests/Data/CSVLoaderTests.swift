import Foundation
import LREngine
import Testing
@testable import LRConfig

/// A fresh temporary directory for files a test writes; removed by the caller.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("lrlab-csv-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Writes `text` to `name` in a temporary directory and loads it, naming it `data/<name>`.
func loadWritten(_ text: String, name: String = "x.csv", options: CSVOptions = CSVOptions()) throws -> LoadedDataset {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return try CSVLoader.load(contentsOf: url, displayPath: "data/\(name)", options: options)
}

/// The error message loading `text` produces, or nil when it loads.
func loadError(_ text: String, options: CSVOptions = CSVOptions()) -> String? {
    do {
        _ = try loadWritten(text, options: options)
        return nil
    } catch {
        return "\(error)"
    }
}

@Suite("CSV loader")
struct CSVLoaderTests {
    @Test func readsFeaturesAndRemapsClasses() throws {
        let loaded = try loadWritten("a,target,b\n1.5,9,2\n-3,2,4e1\n0,5,0\n7,2,1\n")
        let data = loaded.dataset
        #expect(data.featureNames == ["a", "b"])
        #expect(data.features == Matrix(rows: 4, columns: 2, storage: [1.5, 2, -3, 40, 0, 0, 7, 1]))
        #expect(data.task == .classification(classCount: 3))
        #expect(data.targets == .classes([2, 0, 1, 0]))
        #expect(loaded.classValues == [2, 5, 9])
    }

    @Test func automaticTaskFollowsTheDocumentedRule() throws {
        let fractional = try loadWritten("x,target\n1,0.5\n2,1\n")
        #expect(fractional.dataset.task == .regression)
        #expect(fractional.dataset.targets == .values(Matrix(rows: 2, columns: 1, storage: [0.5, 1])))
        // 51 distinct integers: more than 50, so a regression.
        let many = "x,target\n" + (0...50).map { "0,\($0)" }.joined(separator: "\n")
        #expect(try loadWritten(many).dataset.task == .regression)
        let fifty = "x,target\n" + (0..<50).map { "0,\($0 * 3)" }.joined(separator: "\n")
        #expect(try loadWritten(fifty).dataset.task == .classification(classCount: 50))
        // Forced kinds.
        let forced = try loadWritten("x,target\n1,3\n2,4\n", options: CSVOptions(targetKind: .regression))
        #expect(forced.dataset.task == .regression)
        let classes = try loadWritten(many, options: CSVOptions(targetKind: .classification))
        #expect(classes.dataset.task == .classification(classCount: 51))
    }

    @Test func targetColumnByName() throws {
        let loaded = try loadWritten("label,f\n1,0.25\n0,0.5\n", options: CSVOptions(targetColumn: "label"))
        #expect(loaded.dataset.featureNames == ["f"])
        #expect(loaded.dataset.targets == .classes([1, 0]))
    }

    @Test func toleratesCRLFQuotesSpacesAndBlankLines() throws {
        let loaded = try loadWritten("\"a\", \"b,c\" ,target\r\n 1 ,\"2\",0\r\n\r\n3,4,1\r\n")
        #expect(loaded.dataset.featureNames == ["a", "b,c"])
        #expect(loaded.dataset.features.storage == [1, 2, 3, 4])
        #expect(loaded.dataset.targets == .classes([0, 1]))
        let marked = try loadWritten("\u{FEFF}target,a\n1,2\n")
        #expect(marked.dataset.featureNames == ["a"])
    }

    @Test(arguments: [
        ("a,b,target\n1,2,0\n1,abc,1\n", "data/x.csv:3:2: error: expected a number, got \"abc\""),
        ("a,b,target\n1,2,0\n\n1,,1\n", "data/x.csv:4:2: error: expected a number, got an empty cell"),
        ("a,b,target\n1,2,0\n1,2\n", "data/x.csv:3:3: error: expected 3 fields, got 2"),
        ("a,b,target\n1,2,0,4\n", "data/x.csv:2:4: error: expected 3 fields, got 4"),
        ("a,b,target\n1,nan,0\n", "data/x.csv:2:2: error: expected a number, got \"nan\""),
        ("a,b,target\n1,inf,0\n", "data/x.csv:2:2: error: expected a number, got \"inf\""),
        ("a,b,target\n1,1e39,0\n", "data/x.csv:2:2: error: number \"1e39\" is outside the Float32 range"),
        ("a,b,target\n1,2,x\n", "data/x.csv:2:3: error: expected a number, got \"x\""),
        ("a,b,label\n1,2,0\n", "data/x.csv:1:1: error: no target column 'target' in the header"),
        ("a,a,target\n1,2,0\n", "data/x.csv:1:2: error: duplicate column name 'a'"),
        ("a,,target\n1,2,0\n", "data/x.csv:1:2: error: empty column name"),
        ("a,b,target\n", "data/x.csv:1:1: error: no data rows after the header"),
        ("", "data/x.csv:1:1: error: empty file, expected a header row"),
        ("a,b,target\n1,\"2,0\n", "data/x.csv:2:2: error: unterminated quoted field"),
    ])
    func badFilesAreLocatedErrors(_ text: String, _ expected: String) {
        #expect(loadError(text) == expected)
    }

    @Test func nonIntegerForcedClassIsAnError() {
        let message = loadError("x,target\n1,0\n2,0.5\n", options: CSVOptions(targetKind: .classification))
        #expect(message == "data/x.csv:3:2: error: expected an integer class, got 0.5")
    }

    @Test func missingFileIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent-lrlab-dir/x.csv")
        #expect(throws: CSVError(file: "data/x.csv", message: "no such file")) {
            try CSVLoader.load(contentsOf: url, displayPath: "data/x.csv")
        }
    }
}
