import Foundation
import LREngine

/// Reads a CSV file into a `Dataset`.
///
/// Columns are named by the first non-empty line, or by `options.columns` when the file has
/// no header (`header: false`); names are unique and not empty. The target is the column
/// named `options.targetColumn`; `options.dropped` columns are skipped unparsed; every other
/// column is a feature, in file order. A feature cell must be a finite decimal number within
/// Float32 range (with `options.decimalMark` as its decimal mark), except in the
/// `options.categorical` columns, whose text is a category: the feature then holds the
/// category's index among the file's categories in ascending order (``LoadedDataset/categorical``),
/// and ``OneHotEncoding`` expands it after the split with the training part's categories.
///
/// A cell equal to one of `options.missingMarkers` is missing: an error naming it, or with
/// `missing: drop` its row is left out. Every error names `file:line:column` (the 1-based line
/// in the file, the header being line 1, and the 1-based field).
///
/// Targets: with `.automatic`, integer targets with at most 50 distinct values make a
/// classification whose classes are those values in ascending order, remapped to
/// `0..<k` (so labels `{2, 5, 9}` become `{0, 1, 2}`); text targets (`Iris-setosa`) make a
/// classification whose classes are the names in ascending order; other numbers make a
/// regression, and numbers mixed with text are an error. `.classification` forces classes
/// (integers, or else every target is read as a name), `.regression` keeps the values
/// (text is an error).
package enum CSVLoader {
    /// Loads the file at `url`; errors name it as `displayPath` (e.g. as the experiment wrote it).
    package static func load(contentsOf url: URL, displayPath: String? = nil, options: CSVOptions = CSVOptions()) throws(CSVError) -> LoadedDataset {
        let name = displayPath ?? url.path
        // A regular file within the cap only: a device, a FIFO or a huge file is refused
        // before it is read, not after it has filled memory.
        let bytes: [UInt8]
        switch FilePath.read(url.path, limit: Limits.maxCSVBytes) {
        case .success(let read): bytes = read
        case .failure(let reason): throw CSVError(file: name, message: reason.message)
        }
        return try CSVMemo.shared.dataset(bytes, name: name, options: options) { () throws(CSVError) in
            if let (layout, rows) = CSVByteReader.read(bytes, file: name, options: options) {
                return try dataset(layout: layout, rows: rows, options: options, file: name)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw CSVError(file: name, message: "cannot read the file as UTF-8 text")
            }
            return try parseGenerally(text, file: name, options: options)
        }
    }

    /// Parses CSV `text`; `file` is the name errors carry.
    package static func parse(_ text: String, file: String, options: CSVOptions = CSVOptions()) throws(CSVError) -> LoadedDataset {
        if let (layout, rows) = CSVByteReader.read(Array(text.utf8), file: file, options: options) {
            return try dataset(layout: layout, rows: rows, options: options, file: file)
        }
        return try parseGenerally(text, file: file, options: options)
    }

    /// Parses any CSV `text` field by field (`CSVRecords`, `CSVRows`): the reader of quoted
    /// and non-ASCII files, and the one that words every error.
    static func parseGenerally(_ text: String, file: String, options: CSVOptions) throws(CSVError) -> LoadedDataset {
        let records = try CSVRecords(text: text, file: file, delimiter: options.delimiter).records
        let layout = try CSVColumns(records: records, options: options, file: file)
        let dataRecords = options.header ? Array(records.dropFirst()) : records
        guard !dataRecords.isEmpty else {
            if options.header {
                throw CSVError(file: file, line: layout.headerLine, column: 1, message: "no data rows after the header")
            }
            throw CSVError(file: file, line: 1, column: 1, message: "empty file, expected data rows")
        }
        let rows = try CSVRows(dataRecords, layout: layout, options: options, file: file)
        return try dataset(layout: layout, rows: rows, options: options, file: file)
    }

    /// The dataset of read rows: targets resolved, categories coded, limits checked.
    private static func dataset(layout: CSVColumns, rows: CSVRows, options: CSVOptions, file: String) throws(CSVError) -> LoadedDataset {
        var rows = rows
        let (targets, task, classValues, classNames) = try CSVTargets.resolve(
            rows.targets, kind: options.targetKind, decimalMark: options.decimalMark, file: file,
            lines: rows.lines, column: layout.target + 1)
        let categorical = rows.encodeCategories()
        let width = layout.features.count
        let expanded = categorical.reduce(width) { $0 - 1 + $1.categories.count }
        let (values, overflow) = rows.count.multipliedReportingOverflow(by: expanded)
        guard !overflow, values <= DataLimits.maxValues else {
            throw CSVError(
                file: file,
                message: "\(rows.count) rows × \(expanded) features (one-hot columns expanded) is more than \(DataLimits.maxValues) values")
        }
        let matrix = Matrix(rows: rows.count, columns: width, storage: rows.features)
        do {
            let dataset = try Dataset(
                features: matrix, targets: targets, featureNames: layout.features.map { layout.names[$0] }, task: task)
            return LoadedDataset(dataset: dataset, classValues: classValues, classNames: classNames, categorical: categorical)
        } catch {
            throw CSVError(file: file, message: error.description)
        }
    }
}
