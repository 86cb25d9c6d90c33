/// The data rows of a CSV file read cell by cell: numeric features parsed, categorical and
/// target cells kept as text, rows with a missing value left out or refused.
package struct CSVRows {
    /// Row-major features, the categorical ones as placeholders until ``encodeCategories()``.
    package var features: [Float] = []
    /// The target cell of each kept row.
    package var targets: [Substring] = []
    /// The file line of each kept row.
    package var lines: [Int] = []
    /// For each categorical feature (by position in `layout.features`), its cells.
    private var categoryCells: [(position: Int, name: String, cells: [Substring])] = []

    package var count: Int { lines.count }

    /// Rows read by ``CSVByteReader``, in the form this reader gives them.
    init(features: [Float], targets: [Substring], lines: [Int], categoryCells: [(position: Int, name: String, cells: [Substring])]) {
        self.features = features
        self.targets = targets
        self.lines = lines
        self.categoryCells = categoryCells
    }

    package init(_ records: [CSVRecords.Record], layout: CSVColumns, options: CSVOptions, file: String) throws(CSVError) {
        let width = layout.features.count
        features.reserveCapacity(records.count * width)
        targets.reserveCapacity(records.count)
        lines.reserveCapacity(records.count)
        categoryCells = layout.features.enumerated().compactMap { position, column in
            layout.isCategorical[column] ? (position, layout.names[column], []) : nil
        }
        var distinct = [Set<Substring>](repeating: [], count: categoryCells.count)
        let markers = Set(options.missingMarkers.map { Substring($0) })
        // ASCII markers against an ASCII cell compare as bytes (String equality is byte
        // equality there); only the rest goes through the set's Unicode-aware hashing.
        let asciiMarkers = options.missingMarkers.allSatisfy { $0.utf8.allSatisfy { $0 < 0x80 } }
            ? options.missingMarkers.map { Array($0.utf8) } : nil
        let expected = layout.names.count
        var row = [Float](repeating: 0, count: width)
        var rowCategories = [Substring](repeating: "", count: categoryCells.count)
        // Missing cells are looked for in file order, so the first one is the one reported.
        let used = (layout.features + [layout.target]).sorted()
        records: for record in records {
            guard record.fields.count == expected else {
                let column = min(record.fields.count, expected) + 1
                let named = options.header ? "" : " (one per name in 'columns')"
                throw CSVError(
                    file: file, line: record.line, column: column,
                    message: "expected \(expected) fields\(named), got \(record.fields.count)")
            }
            func missing(_ column: Int, numeric: Bool) throws(CSVError) -> Bool {
                let field = record.fields[column]
                let isMarker: Bool
                if let asciiMarkers, field.utf8.allSatisfy({ $0 < 0x80 }) {
                    let length = field.utf8.count
                    isMarker = asciiMarkers.contains { $0.count == length && $0.elementsEqual(field.utf8) }
                } else {
                    isMarker = markers.contains(field)
                }
                guard isMarker else { return false }
                guard options.missing == .error else { return true }
                let message =
                    field.isEmpty
                    ? "expected a \(numeric ? "number" : "value"), got an empty cell"
                    : "missing value \"\(field)\" (set 'missing: drop' to leave such rows out)"
                throw CSVError(file: file, line: record.line, column: column + 1, message: message)
            }
            for column in used {
                let numeric = column == layout.target ? options.targetKind == .regression : !layout.isCategorical[column]
                if try missing(column, numeric: numeric) { continue records }
            }
            var category = 0
            for (position, column) in layout.features.enumerated() {
                if layout.isCategorical[column] {
                    rowCategories[category] = record.fields[column]
                    category += 1
                    row[position] = 0
                } else {
                    row[position] = Float(
                        try CSVNumber.parse(
                            record.fields[column], decimalMark: options.decimalMark, file: file, line: record.line,
                            column: column + 1))
                }
            }
            for index in categoryCells.indices {
                let cell = rowCategories[index]
                if distinct[index].insert(cell).inserted, distinct[index].count > DataLimits.maxCategories {
                    throw CSVError(
                        file: file, line: record.line, column: layout.features[categoryCells[index].position] + 1,
                        message: "more than \(DataLimits.maxCategories) categories in column '\(categoryCells[index].name)'")
                }
                categoryCells[index].cells.append(cell)
            }
            features.append(contentsOf: row)
            targets.append(record.fields[layout.target])
            lines.append(record.line)
        }
        guard !lines.isEmpty else {
            throw CSVError(file: file, message: "every data row has a missing value, so 'missing: drop' leaves none")
        }
    }

    /// Writes each categorical cell's code (its category's index among the file's categories
    /// in ascending order) into its feature, and returns the columns with their categories.
    package mutating func encodeCategories() -> [CategoricalColumn] {
        let width = count == 0 ? 0 : features.count / count
        return categoryCells.map { column in
            let categories = Array(Set(column.cells)).map(String.init).sorted()
            // Lookup by value, never by a set's iteration order.
            var code = [Substring: Int]()
            for (index, name) in categories.enumerated() { code[Substring(name)] = index }
            for (row, cell) in column.cells.enumerated() {
                features[row * width + column.position] = Float(code[cell] ?? 0)
            }
            return CategoricalColumn(name: column.name, feature: column.position, categories: categories)
        }
    }
}
