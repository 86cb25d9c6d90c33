import Foundation
import LREngine
import Testing
@testable import LRConfig
@testable import LRTrial
@testable import LRReport

/// CSV files as they are found in the wild: other delimiters and decimal marks, no header,
/// text labels, missing values, quoted fields, dropped and categorical columns.
@Suite("CSV dialects")
struct CSVDialectTests {
    @Test func semicolonsWithDecimalCommas() throws {
        let text = "a;b;target\n1,5;-2,25;0\n3;4e1;1\n"
        let loaded = try loadWritten(text, options: CSVOptions(delimiter: ";", decimalMark: ","))
        #expect(loaded.dataset.features.storage == [1.5, -2.25, 3, 40])
        #expect(loaded.dataset.targets == .classes([0, 1]))
        // With the decimal mark ",", a "." is no decimal mark.
        let dotted = loadError("a;target\n1.5;0\n", options: CSVOptions(delimiter: ";", decimalMark: ","))
        #expect(dotted == "data/x.csv:2:1: error: expected a number, got \"1.5\"")
        // Semicolons with decimal points.
        let points = try loadWritten("a;target\n1.5;0\n2.5;1\n", options: CSVOptions(delimiter: ";"))
        #expect(points.dataset.features.storage == [1.5, 2.5])
    }

    @Test func quotedFieldsHoldDelimitersAndDoubledQuotes() throws {
        let text = "\"size; cm\";\"name \"\"x\"\"\";target\n\"1,5\";\"a;b\";\"say \"\"hi\"\"\"\n2;c;\"x\"\n"
        let loaded = try loadWritten(
            text, options: CSVOptions(delimiter: ";", decimalMark: ",", categorical: ["name \"x\""]))
        #expect(loaded.dataset.featureNames == ["size; cm", "name \"x\""])
        #expect(loaded.categorical == [CategoricalColumn(name: "name \"x\"", feature: 1, categories: ["a;b", "c"])])
        #expect(loaded.classNames == ["say \"hi\"", "x"])
        #expect(loaded.dataset.features.storage == [1.5, 0, 2, 1])
        let unclosed = loadError("a;target\n\"1;0\n", options: CSVOptions(delimiter: ";"))
        #expect(unclosed == "data/x.csv:2:1: error: unterminated quoted field")
        let stray = loadError("a;target\n\"1\"x;0\n", options: CSVOptions(delimiter: ";"))
        #expect(stray == "data/x.csv:2:1: error: expected ';' after a quoted field")
    }

    @Test func missingValuesAreErrorsNamingTheirCell() {
        #expect(loadError("a,b,target\n1,2,0\n3,?,1\n") == "data/x.csv:3:2: error: missing value \"?\" (set 'missing: drop' to leave such rows out)")
        #expect(loadError("a,b,target\n1,NA,0\n") == "data/x.csv:2:2: error: missing value \"NA\" (set 'missing: drop' to leave such rows out)")
        // The first missing cell in file order is the one named, the target included.
        #expect(loadError("target,a\n?,NA\n") == "data/x.csv:2:1: error: missing value \"?\" (set 'missing: drop' to leave such rows out)")
        // Markers are configurable: without "?", it is a bad number again.
        let custom = CSVOptions(missingMarkers: ["-"])
        #expect(loadError("a,target\n?,0\n", options: custom) == "data/x.csv:2:1: error: expected a number, got \"?\"")
        #expect(loadError("a,target\n-,0\n", options: custom) == "data/x.csv:2:1: error: missing value \"-\" (set 'missing: drop' to leave such rows out)")
    }

    @Test func missingDropLeavesRowsOut() throws {
        let text = "a,b,c,target\n1,2,x,0\n?,3,x,1\n4,NA,?,1\n5,,x,0\n6,7,?,2\n8,9,x,?\n"
        let loaded = try loadWritten(text, options: CSVOptions(dropped: ["c"], missing: .drop))
        // Rows 3, 4, 5 and 7 have a missing cell in a used column; row 6's "?" is in dropped 'c'.
        #expect(loaded.dataset.features.storage == [1, 2, 6, 7])
        #expect(loaded.dataset.featureNames == ["a", "b"])
        #expect(loaded.dataset.targets == .classes([0, 1]))
        #expect(loaded.classValues == [0, 2])
        let none = loadError("a,target\n?,0\n", options: CSVOptions(missing: .drop))
        #expect(none == "data/x.csv: error: every data row has a missing value, so 'missing: drop' leaves none")
    }

    @Test func droppedColumnsAreNotRead() throws {
        let loaded = try loadWritten("id,a,note,target\nr1,1,free text,0\nr2,2,,1\n", options: CSVOptions(dropped: ["id", "note"]))
        #expect(loaded.dataset.featureNames == ["a"])
        #expect(loaded.dataset.features.storage == [1, 2])
        #expect(loadError("a,target\n1,0\n", options: CSVOptions(dropped: ["b"])) == "data/x.csv:1:1: error: no column to drop 'b' in the header")
        #expect(loadError("a,target\n1,0\n", options: CSVOptions(dropped: ["target"])) == "data/x.csv: error: the target column 'target' cannot be dropped")
    }

    @Test func headerlessFileNamedByColumns() throws {
        let options = CSVOptions(targetColumn: "y", header: false, columns: ["a", "b", "y"])
        let loaded = try loadWritten("1,2,0\n\n3,4,1\n", options: options)
        #expect(loaded.dataset.featureNames == ["a", "b"])
        #expect(loaded.dataset.features.storage == [1, 2, 3, 4])
        #expect(loadError("1,2,0\n3,4\n", options: options) == "data/x.csv:2:3: error: expected 3 fields (one per name in 'columns'), got 2")
        #expect(loadError("1,2,0,5\n", options: options) == "data/x.csv:1:4: error: expected 3 fields (one per name in 'columns'), got 4")
        #expect(loadError("", options: options) == "data/x.csv:1:1: error: empty file, expected data rows")
        let noTarget = CSVOptions(targetColumn: "z", header: false, columns: ["a", "y"])
        #expect(loadError("1,0\n", options: noTarget) == "data/x.csv: error: no target column 'z' in 'columns'")
        let twice = CSVOptions(targetColumn: "y", header: false, columns: ["a", "a", "y"])
        #expect(loadError("1,2,0\n", options: twice) == "data/x.csv: error: duplicate column name 'a' in 'columns'")
        #expect(loadError("1,0\n", options: CSVOptions(header: false)) == "data/x.csv: error: a file without a header row needs 'columns' to name its columns")
    }

    @Test func textLabelsBecomeClassesInAscendingOrder() throws {
        let loaded = try loadWritten("x,target\n1,versicolor\n2,setosa\n3,virginica\n4,setosa\n")
        #expect(loaded.dataset.task == .classification(classCount: 3))
        #expect(loaded.classNames == ["setosa", "versicolor", "virginica"])
        #expect(loaded.classValues == [])
        #expect(loaded.dataset.targets == .classes([1, 0, 2, 0]))
        // Forced classification reads numbers as names too once one target is text.
        let mixed = try loadWritten("x,target\n1,10\n2,9\n3,b\n", options: CSVOptions(targetKind: .classification))
        #expect(mixed.classNames == ["10", "9", "b"])
        #expect(mixed.dataset.targets == .classes([0, 1, 2]))
    }

    @Test func textLabelsOnARegressionAreAnError() {
        let regression = CSVOptions(targetKind: .regression)
        #expect(loadError("x,target\n1,0.5\n2,cat\n", options: regression)
            == "data/x.csv:3:2: error: expected a number, got \"cat\" (the target of a regression)")
        #expect(loadError("x,target\n1,0.5\n2,cat\n3,dog\n")
            == "data/x.csv:3:2: error: the target column mixes numbers and text (\"cat\" here); set 'target_kind: classification' to read every target as a class name")
    }

    @Test func categoricalColumnsAreOneHotWithTrainingCategories() throws {
        // 10 rows; the split below puts the rows in a known order, so build the parts by hand.
        let text = "device,x,target\nphone,1,0\ndesktop,2,1\nphone,3,0\ntablet,4,1\n"
        let loaded = try loadWritten(text, options: CSVOptions(categorical: ["device"]))
        #expect(loaded.categorical == [CategoricalColumn(name: "device", feature: 0, categories: ["desktop", "phone", "tablet"])])
        #expect(loaded.dataset.features.storage == [1, 1, 0, 2, 1, 3, 2, 4])
        // Train on the first three rows: 'tablet' is unseen there and encodes as zeros.
        let data = loaded.dataset
        let split = try DatasetSplit(train: data.subset([0, 1, 2]), validation: data.subset([3]), test: data.subset([]))
        let encoding = OneHotEncoding(loaded.categorical, train: split.train)
        let encoded = try encoding.apply(split)
        #expect(encoding.columns.map(\.name) == ["device"])
        #expect(encoding.columns.map(\.categories) == [["desktop", "phone"]])
        #expect(encoded.train.featureNames == ["device=desktop", "device=phone", "x"])
        #expect(encoded.train.features.storage == [0, 1, 1, 1, 0, 2, 0, 1, 3])
        #expect(encoded.validation.features.storage == [0, 0, 4])
        #expect(encoded.test.count == 0)
        #expect(encoded.test.featureNames == encoded.train.featureNames)
    }

    @Test func categoricalThroughTheSourceAndShape() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("shop.csv")
        let rows = (0..<40).map { "\(["eu", "us", "asia"][$0 % 3]),\($0),\($0 % 2)" }
        try ("region,x,target\n" + rows.joined(separator: "\n")).write(to: url, atomically: true, encoding: .utf8)
        let source = DataSource.csv(url: url, displayPath: "shop.csv", options: CSVOptions(categorical: ["region"]))
        #expect(try source.shape() == DatasetShape(samples: 40, features: 4, classes: 2))
        var data = RandomStream(root: 1, name: "data")
        var split = RandomStream(root: 1, name: "split")
        let prepared = try source.prepare(
            fractions: try SplitFractions(train: 0.7, validation: 0.15, test: 0.15), standardize: true, data: &data, split: &split)
        #expect(prepared.featureNames == ["region=asia", "region=eu", "region=us", "x"])
        #expect(prepared.oneHot?.columns.map(\.categories) == [["asia", "eu", "us"]])
        #expect(prepared.standardizer?.mean.count == 4)
        // The report records the categories the column was encoded with.
        let description = DataDescription(name: "shop.csv", prepared)
        #expect(description.categories == [DataDescription.Categories(column: "region", categories: ["asia", "eu", "us"])])
        #expect(description.classNames == [])
        #expect(ReportSentences.data(description).hasSuffix(
            " One-hot column `region`, categories of the training part (others encode as zeros): `asia`, `eu`, `us`."))
    }

    @Test func categoricalErrors() {
        #expect(loadError("a,target\nx,0\n", options: CSVOptions(categorical: ["target"]))
            == "data/x.csv: error: the target column 'target' cannot be categorical (text targets are class names already)")
        #expect(loadError("a,target\nx,0\n", options: CSVOptions(dropped: ["a"], categorical: ["a"]))
            == "data/x.csv: error: column 'a' is both dropped and categorical")
        #expect(loadError("a,target\nx,0\n", options: CSVOptions(categorical: ["b"]))
            == "data/x.csv:1:1: error: no categorical column 'b' in the header")
        // A text cell outside a categorical column is still a bad number.
        #expect(loadError("a,target\nx,0\n") == "data/x.csv:2:1: error: expected a number, got \"x\"")
        let many = "a,target\n" + (0...DataLimits.maxCategories).map { "c\($0),0" }.joined(separator: "\n")
        #expect(loadError(many, options: CSVOptions(categorical: ["a"]))
            == "data/x.csv:\(DataLimits.maxCategories + 2):1: error: more than \(DataLimits.maxCategories) categories in column 'a'")
    }

    @Test func limitsAreLocatedErrors() {
        let classes = "x,target\n" + (0...DataLimits.maxClasses).map { "0,k\($0)" }.joined(separator: "\n")
        #expect(loadError(classes) == "data/x.csv:\(DataLimits.maxClasses + 2):2: error: more than \(DataLimits.maxClasses) classes")
        let wide = String(repeating: "1,", count: DataLimits.maxColumns) + "target\n"
        #expect(loadError(wide) == "data/x.csv:1:\(DataLimits.maxColumns + 1): error: more than \(DataLimits.maxColumns) fields")
        let forced = "x,target\n" + (0...DataLimits.maxClasses).map { "0,\($0)" }.joined(separator: "\n")
        #expect(loadError(forced, options: CSVOptions(targetKind: .classification))
            == "data/x.csv: error: more than \(DataLimits.maxClasses) classes in the target column")
    }

    @Test func tabDelimiterKeepsEmptyFields() {
        #expect(loadError("a\tb\ttarget\n1\t\t0\n", options: CSVOptions(delimiter: "\t"))
            == "data/x.csv:2:2: error: expected a number, got an empty cell")
    }
}
