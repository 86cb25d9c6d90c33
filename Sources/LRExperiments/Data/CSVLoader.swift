import Foundation
import LREngine

/// Reads a numeric CSV file into a `Dataset`.
///
/// The first non-empty line is the header: one name per column, unique. The target is the
/// column named `options.targetColumn`; every other column is a feature, in file order. Every
/// data cell must be a finite decimal number within Float32 range; an empty, missing or
/// non-numeric cell, or a row with a different number of fields than the header, is an error
/// naming `file:line:column` (the 1-based line in the file, the header being line 1, and the
/// 1-based field).
///
/// Targets: with `.automatic`, integer targets with at most 50 distinct values make a
/// classification whose classes are those values in ascending order, remapped to
/// `0..<k` (so labels `{2, 5, 9}` become `{0, 1, 2}`); anything else is a regression.
/// `.classification` forces classes (every target must be an integer), `.regression` keeps
/// the values.
public enum CSVLoader {
    /// Loads the file at `url`; errors name it as `displayPath` (e.g. as the experiment wrote it).
    public static func load(contentsOf url: URL, displayPath: String? = nil, options: CSVOptions = CSVOptions()) throws(CSVError) -> LoadedDataset {
        let name = displayPath ?? url.path
        // A regular file within the cap only: a device, a FIFO or a huge file is refused
        // before it is read, not after it has filled memory.
        let bytes: [UInt8]
        switch FilePath.read(url.path, limit: Limits.maxCSVBytes) {
        case .success(let read): bytes = read
        case .failure(let reason): throw CSVError(file: name, message: reason.message)
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVError(file: name, message: "cannot read the file as UTF-8 text")
        }
        return try parse(text, file: name, options: options)
    }

    /// Parses CSV `text`; `file` is the name errors carry.
    public static func parse(_ text: String, file: String, options: CSVOptions = CSVOptions()) throws(CSVError) -> LoadedDataset {
        let records = try CSVRecords(text: text, file: file).records
        guard let header = records.first else {
            throw CSVError(file: file, line: 1, column: 1, message: "empty file, expected a header row")
        }
        let names = header.fields.map(String.init)
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw CSVError(file: file, line: header.line, column: index + 1, message: "empty column name")
            }
            guard seen.insert(name).inserted else {
                throw CSVError(file: file, line: header.line, column: index + 1, message: "duplicate column name '\(name)'")
            }
        }
        guard let targetIndex = names.firstIndex(of: options.targetColumn) else {
            throw CSVError(file: file, line: header.line, column: 1, message: "no target column '\(options.targetColumn)' in the header")
        }
        guard records.count > 1 else {
            throw CSVError(file: file, line: header.line, column: 1, message: "no data rows after the header")
        }
        let featureCount = names.count - 1
        let rowCount = records.count - 1
        var features = [Float]()
        features.reserveCapacity(rowCount * featureCount)
        var targets = [Double]()
        targets.reserveCapacity(rowCount)
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                let column = min(record.fields.count, names.count) + 1
                throw CSVError(
                    file: file, line: record.line, column: column,
                    message: "expected \(names.count) fields, got \(record.fields.count)")
            }
            for (index, field) in record.fields.enumerated() {
                let value = try number(field, file: file, line: record.line, column: index + 1)
                if index == targetIndex {
                    targets.append(value)
                } else {
                    features.append(Float(value))
                }
            }
        }
        var featureNames = names
        featureNames.remove(at: targetIndex)
        let matrix = Matrix(rows: rowCount, columns: featureCount, storage: features)
        let targetLines = records.dropFirst().map(\.line)
        let (targetValues, task, classValues) = try resolveTargets(
            targets, kind: options.targetKind, file: file, lines: targetLines, column: targetIndex + 1)
        do {
            let dataset = try Dataset(features: matrix, targets: targetValues, featureNames: featureNames, task: task)
            return LoadedDataset(dataset: dataset, classValues: classValues)
        } catch {
            throw CSVError(file: file, message: error.description)
        }
    }

    /// A cell as a finite number within Float32 range.
    private static func number(_ field: Substring, file: String, line: Int, column: Int) throws(CSVError) -> Double {
        guard !field.isEmpty else {
            throw CSVError(file: file, line: line, column: column, message: "expected a number, got an empty cell")
        }
        guard let value = Double(field), field.allSatisfy({ !$0.isLetter || $0 == "e" || $0 == "E" }) else {
            throw CSVError(file: file, line: line, column: column, message: "expected a number, got \"\(field)\"")
        }
        guard value.isFinite, abs(value) <= Double(Float.greatestFiniteMagnitude) else {
            throw CSVError(file: file, line: line, column: column, message: "number \"\(field)\" is outside the Float32 range")
        }
        return value
    }

    private static func resolveTargets(
        _ targets: [Double], kind: CSVOptions.TargetKind, file: String, lines: [Int], column: Int
    ) throws(CSVError) -> (Targets, DatasetTask, [Double]) {
        let integral = targets.allSatisfy { $0 == $0.rounded() && abs($0) < 1e15 }
        let distinct = Array(Set(targets)).sorted()
        let classify: Bool
        switch kind {
        case .regression:
            classify = false
        case .classification:
            if let row = targets.firstIndex(where: { $0 != $0.rounded() || abs($0) >= 1e15 }) {
                throw CSVError(
                    file: file, line: lines[row], column: column,
                    message: "expected an integer class, got \(targets[row])")
            }
            classify = true
        case .automatic:
            classify = integral && distinct.count <= CSVOptions.maximumAutomaticClasses
        }
        guard classify else {
            let values = Matrix(rows: targets.count, columns: 1, storage: targets.map { Float($0) })
            return (.values(values), .regression, [])
        }
        // Classes in ascending order of value; the lookup is by value, never by iteration order.
        var index = [Double: Int]()
        for (position, value) in distinct.enumerated() { index[value] = position }
        let labels = targets.map { index[$0] ?? 0 }
        return (.classes(labels), .classification(classCount: distinct.count), distinct)
    }
}
