/// The roles of a CSV file's columns: their names (from the header or `columns:`), the
/// target, the features in file order and which of them are categorical. Every name the
/// options give must be a column, and no column may have two roles.
package struct CSVColumns {
    package var names: [String]
    /// The line of the header (1 without one: errors about names then point at the file's start).
    package var headerLine: Int
    package var target: Int
    /// Column indices of the features, in file order.
    package var features: [Int]
    /// For each column, whether it is one of `categorical` (looked up by index).
    package var isCategorical: [Bool]

    package init(records: [CSVRecords.Record], options: CSVOptions, file: String) throws(CSVError) {
        let origin: String
        if options.header {
            guard options.columns == nil else {
                throw CSVError(file: file, message: "'columns' names the columns of a file without a header row; set 'header: false'")
            }
            guard let header = records.first else {
                throw CSVError(file: file, line: 1, column: 1, message: "empty file, expected a header row")
            }
            names = header.fields.map(String.init)
            headerLine = header.line
            origin = "the header"
        } else {
            guard let columns = options.columns, !columns.isEmpty else {
                throw CSVError(file: file, message: "a file without a header row needs 'columns' to name its columns")
            }
            guard columns.count <= DataLimits.maxColumns else {
                throw CSVError(file: file, message: "more than \(DataLimits.maxColumns) names in 'columns'")
            }
            names = columns
            headerLine = 1
            origin = "'columns'"
        }
        let line: Int? = options.header ? headerLine : nil
        // The header's own position says where; a name from 'columns' needs the key named.
        let inColumns = options.header ? "" : " in 'columns'"
        var seen = Set<String>()
        for (index, name) in names.enumerated() {
            guard !name.isEmpty else {
                throw CSVError(file: file, line: line, column: index + 1, message: "empty column name\(inColumns)")
            }
            guard seen.insert(name).inserted else {
                throw CSVError(file: file, line: line, column: index + 1, message: "duplicate column name '\(name)'\(inColumns)")
            }
        }
        let names = names
        func index(_ name: String, _ role: String) throws(CSVError) -> Int {
            guard let found = names.firstIndex(of: name) else {
                throw CSVError(file: file, line: line, column: line == nil ? nil : 1, message: "no \(role) '\(name)' in \(origin)")
            }
            return found
        }
        target = try index(options.targetColumn, "target column")
        var dropped = [Bool](repeating: false, count: names.count)
        for name in options.dropped {
            let column = try index(name, "column to drop")
            guard column != target else {
                throw CSVError(file: file, message: "the target column '\(name)' cannot be dropped")
            }
            dropped[column] = true
        }
        isCategorical = [Bool](repeating: false, count: names.count)
        for name in options.categorical {
            let column = try index(name, "categorical column")
            guard column != target else {
                throw CSVError(file: file, message: "the target column '\(name)' cannot be categorical (text targets are class names already)")
            }
            guard !dropped[column] else {
                throw CSVError(file: file, message: "column '\(name)' is both dropped and categorical")
            }
            isCategorical[column] = true
        }
        let target = target
        features = names.indices.filter { $0 != target && !dropped[$0] }
    }
}
