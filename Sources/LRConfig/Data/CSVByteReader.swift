/// The common CSV file read straight from its bytes, in one pass per line: ASCII text without
/// quotes whose rows are all well formed. Fields are byte ranges of the file (no `Substring`
/// per cell), numbers go through ``CSVDecimal`` first, and only target and categorical cells
/// become text.
///
/// It never words an error: a quote, a non-ASCII byte, a bad cell, a missing value under
/// `missing: error`, a limit reached, anything unusual gives nil, and the general reader
/// (`CSVRecords`, `CSVColumns`, `CSVRows`) reads the file again and reports it. So every
/// diagnostic comes from one place, and this reader only has to agree with the general one
/// on files that load. Indices are checked `Array` subscripts: a malformed file can make it
/// give up, never read out of bounds.
enum CSVByteReader {
    /// The layout and rows of `bytes`, or nil when the general reader must read them.
    static func read(_ bytes: [UInt8], file: String, options: CSVOptions) -> (layout: CSVColumns, rows: CSVRows)? {
        guard let delimiter = options.delimiter.asciiValue,
            delimiter != quote, delimiter != lineFeed, delimiter != carriageReturn,
            let point = CSVNumber.fastPoint(options.decimalMark)
        else { return nil }
        // Markers compare as bytes; a non-ASCII one could still equal an ASCII cell as a
        // String (U+037E is canonically ";"), which is the general reader's business.
        var markers: [[UInt8]] = []
        for marker in options.missingMarkers {
            let utf8 = Array(marker.utf8)
            guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
            markers.append(utf8)
        }
        var rows: Rows? = nil
        if !options.header {
            guard let layout = try? CSVColumns(records: [], options: options, file: file) else { return nil }
            rows = Rows(layout: layout, options: options, markers: markers, point: point)
        }
        // A byte-order mark (as spreadsheet programs write) is not part of the first name.
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineStart = start
        var lineNumber = 0
        var records = 0
        var dataRecords = 0
        // The trimmed byte range of each field of the current line, reused line after line.
        var starts: [Int] = []
        var ends: [Int] = []
        while true {
            lineNumber += 1
            let fieldLimit = rows?.expected ?? DataLimits.maxColumns
            starts.removeAll(keepingCapacity: true)
            ends.removeAll(keepingCapacity: true)
            var blank = true
            var fieldStart = lineStart
            var index = lineStart
            // One pass over the line: field ends, blanks, and what this reader cannot take.
            while index < bytes.count {
                let byte = bytes[index]
                if byte == lineFeed || byte == carriageReturn { break }
                guard byte < 0x80, byte != quote else { return nil }
                if byte != space && byte != tab { blank = false }
                if byte == delimiter {
                    guard starts.count < fieldLimit - 1 else { return nil }
                    appendTrimmed(bytes, fieldStart, index, &starts, &ends)
                    fieldStart = index + 1
                }
                index += 1
            }
            appendTrimmed(bytes, fieldStart, index, &starts, &ends)
            // Lines of spaces and tabs are skipped, but counted.
            if !blank {
                guard records <= DataLimits.maxRows else { return nil }
                records += 1
                if rows != nil {
                    dataRecords += 1
                    guard rows!.add(bytes, starts: starts, ends: ends, line: lineNumber) else { return nil }
                } else {
                    let names = zip(starts, ends).map { Substring(text(bytes, $0, $1)) }
                    let header = CSVRecords.Record(line: lineNumber, fields: names)
                    guard let layout = try? CSVColumns(records: [header], options: options, file: file) else { return nil }
                    rows = Rows(layout: layout, options: options, markers: markers, point: point)
                }
            }
            guard index < bytes.count else { break }
            // LF, CR or CRLF ends a line.
            index += bytes[index] == carriageReturn && index + 1 < bytes.count && bytes[index + 1] == lineFeed ? 2 : 1
            lineStart = index
        }
        guard let rows, dataRecords > 0, !rows.lines.isEmpty else { return nil }
        return (rows.layout, rows.finished())
    }

    /// The rows read so far, and what reading one needs.
    private struct Rows {
        let layout: CSVColumns
        let expected: Int
        /// Columns whose cells are looked at for a missing value, in file order.
        let used: [Int]
        let dropMissing: Bool
        let markers: [[UInt8]]
        let point: UInt8
        let decimalMark: Character
        var features: [Float] = []
        var targets: [Substring] = []
        var lines: [Int] = []
        /// For each categorical feature (by position in `layout.features`), its cells.
        var categoryCells: [(position: Int, name: String, cells: [Substring])]
        var distinct: [Set<Substring>]

        init(layout: CSVColumns, options: CSVOptions, markers: [[UInt8]], point: UInt8) {
            self.layout = layout
            expected = layout.names.count
            used = (layout.features + [layout.target]).sorted()
            dropMissing = options.missing == .drop
            self.markers = markers
            self.point = point
            decimalMark = options.decimalMark
            categoryCells = layout.features.enumerated().compactMap { position, column in
                layout.isCategorical[column] ? (position, layout.names[column], []) : nil
            }
            distinct = [Set<Substring>](repeating: [], count: categoryCells.count)
        }

        /// Adds a data row (or leaves it out for a missing value under `missing: drop`);
        /// false when the general reader must take over.
        mutating func add(_ bytes: [UInt8], starts: [Int], ends: [Int], line: Int) -> Bool {
            guard starts.count == expected else { return false }
            for column in used where isMarker(bytes[starts[column]..<ends[column]]) {
                guard dropMissing else { return false }
                return true
            }
            var category = 0
            for column in layout.features {
                if layout.isCategorical[column] {
                    let cell = Substring(text(bytes, starts[column], ends[column]))
                    if distinct[category].insert(cell).inserted, distinct[category].count > DataLimits.maxCategories {
                        return false
                    }
                    categoryCells[category].cells.append(cell)
                    category += 1
                    features.append(0)
                } else {
                    let cell = bytes[starts[column]..<ends[column]]
                    guard let value = CSVDecimal.exactValue(cell, point: point) ?? slowValue(cell),
                        value.isFinite, abs(value) <= Double(Float.greatestFiniteMagnitude)
                    else { return false }
                    features.append(Float(value))
                }
            }
            targets.append(Substring(text(bytes, starts[layout.target], ends[layout.target])))
            lines.append(line)
            return true
        }

        /// A cell outside the fast path (`1e400`, 20 digits…), read as the general reader does.
        private func slowValue(_ cell: ArraySlice<UInt8>) -> Double? {
            CSVNumber.value(Substring(String(decoding: cell, as: UTF8.self)), decimalMark: decimalMark)
        }

        private func isMarker(_ cell: ArraySlice<UInt8>) -> Bool {
            markers.contains { $0.count == cell.count && $0.elementsEqual(cell) }
        }

        func finished() -> CSVRows {
            CSVRows(features: features, targets: targets, lines: lines, categoryCells: categoryCells)
        }
    }

    /// Appends the range `start..<end` without its leading and trailing spaces and tabs.
    private static func appendTrimmed(_ bytes: [UInt8], _ start: Int, _ end: Int, _ starts: inout [Int], _ ends: inout [Int]) {
        var start = start
        var end = end
        while start < end, bytes[start] == space || bytes[start] == tab { start += 1 }
        while start < end, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        starts.append(start)
        ends.append(end)
    }

    private static func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
