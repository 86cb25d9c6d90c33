/// The common CSV file read straight from its bytes, in one pass: ASCII text whose rows are
/// all well formed, fields unquoted or quoted whole without `""` inside (as R writes names).
/// Each field is handled as soon as its end is found, as a byte range of the file (no
/// `Substring` per cell); numbers go through ``CSVDecimal`` first, and only target and
/// categorical cells become text.
///
/// It never words an error: any other quote, a non-ASCII byte, a bad cell, a missing value under
/// `missing: error`, a limit reached, anything unusual gives nil, and the general reader
/// (`CSVRecords`, `CSVColumns`, `CSVRows`) reads the file again and reports it. So every
/// diagnostic comes from one place, and this reader only has to agree with the general one
/// on files that load. Bytes are read through `Span`, whose subscripts are checked: a
/// malformed file can make this reader give up, never read out of bounds.
enum CSVByteReader {
    /// The layout and rows of `bytes`, or nil when the general reader must read them.
    static func read(_ bytes: [UInt8], file: String, options: CSVOptions) -> (layout: CSVColumns, rows: CSVRows)? {
        guard let delimiter = options.delimiter.asciiValue,
            delimiter != quote, delimiter != lineFeed, delimiter != carriageReturn,
            let point = CSVNumber.fastPoint(options.decimalMark)
        else { return nil }
        let classes = ByteClasses(delimiter: delimiter)
        let span = bytes.span
        // A byte-order mark (as spreadsheet programs write) is not part of the first name.
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var lineNumber = 0
        // Non-blank lines so far, the header included (the general reader's count).
        var records = 0
        let layout: CSVColumns
        if options.header {
            // The first non-blank line names the columns.
            var header: CSVRecords.Record? = nil
            while header == nil {
                lineNumber += 1
                guard let (fields, blank) = lineFields(span, from: &index, classes: classes) else { return nil }
                if !blank {
                    records += 1
                    let names = fields.map { Substring(text(bytes, $0)) }
                    header = CSVRecords.Record(line: lineNumber, fields: names)
                }
                guard index < span.count else { break }
                index = nextLine(span, after: index)
            }
            guard let header, let found = try? CSVColumns(records: [header], options: options, file: file) else { return nil }
            layout = found
            // A header alone is the general reader's "no data rows" error.
            guard index < span.count else { return nil }
        } else {
            guard let found = try? CSVColumns(records: [], options: options, file: file) else { return nil }
            layout = found
        }
        guard var rows = Rows(layout: layout, options: options, point: point) else { return nil }
        // A row takes at least one byte per field (its delimiters and line end): sizing the
        // feature buffer once from that spares the copies and fresh pages of its growth,
        // without a pass to count lines.
        rows.reserve(rowsAtMost: (span.count - index) / max(rows.expected, 1) + 1)
        var dataRecords = 0
        while true {
            lineNumber += 1
            var column = 0
            var fieldStart = index
            var blank = true
            rows.beginRow()
            while true {
                var field = fieldStart..<fieldStart
                var quoted = false
                let kind: UInt8
                // Only where a field starts (after blanks) can a quote open one.
                if index == fieldStart, index < span.count, span[index] == quote || classes[span[index]] == ByteClasses.blank,
                    let (content, end) = quotedField(span, from: index, classes: classes)
                {
                    guard let content else { return nil }
                    (field, quoted, index, blank) = (content, true, end, false)
                    kind = index < span.count ? classes[span[index]] : ByteClasses.lineEnd
                    guard kind == ByteClasses.delimiter || kind == ByteClasses.lineEnd else { return nil }
                } else {
                    let runStart = index
                    while index < span.count, classes[span[index]] == ByteClasses.ordinary { index += 1 }
                    if index > runStart { blank = false }
                    let next = index < span.count ? classes[span[index]] : ByteClasses.lineEnd
                    if next == ByteClasses.blank {
                        index += 1
                        continue
                    }
                    guard next != ByteClasses.refused else { return nil }
                    // A field ends here; a line of blanks alone is skipped, whatever it holds.
                    if next == ByteClasses.lineEnd, blank { break }
                    (field, kind) = (fieldStart..<index, next)
                }
                if !classes.delimiterIsBlank { blank = false }
                guard column < rows.expected, rows.take(span, bytes, column: column, field, trim: !quoted) else { return nil }
                column += 1
                if kind == ByteClasses.lineEnd { break }
                index += 1
                fieldStart = index
            }
            if !blank {
                guard records <= DataLimits.maxRows, column == rows.expected else { return nil }
                records += 1
                dataRecords += 1
                guard rows.endRow(bytes, line: lineNumber) else { return nil }
            }
            guard index < span.count else { break }
            index = nextLine(span, after: index)
        }
        guard dataRecords > 0, !rows.lines.isEmpty else { return nil }
        return (layout, rows.finished())
    }

    /// What each byte is to the scanner, from a 256-entry table.
    private struct ByteClasses {
        static let ordinary: UInt8 = 0
        /// A space or tab (unless it is the delimiter): trimmed from fields, blank lines.
        static let blank: UInt8 = 1
        static let delimiter: UInt8 = 2
        /// LF or CR (and the end of the bytes).
        static let lineEnd: UInt8 = 3
        /// A quote or a non-ASCII byte: the general reader's.
        static let refused: UInt8 = 4

        private var table = [UInt8](repeating: ordinary, count: 256)
        let delimiterIsBlank: Bool

        init(delimiter: UInt8) {
            for byte in 0x80...0xFF { table[byte] = Self.refused }
            table[Int(quote)] = Self.refused
            table[Int(space)] = Self.blank
            table[Int(tab)] = Self.blank
            table[Int(lineFeed)] = Self.lineEnd
            table[Int(carriageReturn)] = Self.lineEnd
            table[Int(delimiter)] = Self.delimiter
            delimiterIsBlank = delimiter == space || delimiter == tab
        }

        subscript(byte: UInt8) -> UInt8 { table[Int(byte)] }
    }

    /// The trimmed field ranges of the line at `index` (left at its end) and whether it is
    /// blank; nil for what the general reader must read, or more than `DataLimits.maxColumns`.
    private static func lineFields(_ span: Span<UInt8>, from index: inout Int, classes: ByteClasses) -> ([Range<Int>], Bool)? {
        var fields: [Range<Int>] = []
        var blank = true
        var fieldStart = index
        var quotedContent: Range<Int>? = nil
        while true {
            if index == fieldStart, let (content, end) = quotedField(span, from: index, classes: classes) {
                guard let content else { return nil }
                (quotedContent, index, blank) = (content, end, false)
                let next = index < span.count ? classes[span[index]] : ByteClasses.lineEnd
                guard next == ByteClasses.delimiter || next == ByteClasses.lineEnd else { return nil }
            }
            let kind = index < span.count ? classes[span[index]] : ByteClasses.lineEnd
            switch kind {
            case ByteClasses.refused: return nil
            case ByteClasses.ordinary: blank = false
            case ByteClasses.delimiter, ByteClasses.lineEnd:
                if kind == ByteClasses.delimiter, !classes.delimiterIsBlank { blank = false }
                guard fields.count < DataLimits.maxColumns else { return nil }
                fields.append(quotedContent ?? trimmed(span, fieldStart..<index))
                quotedContent = nil
                if kind == ByteClasses.lineEnd { return (fields, blank) }
                fieldStart = index + 1
            default: break
            }
            index += 1
        }
    }

    /// A field quoted whole, as the general reader reads it: blanks, `"`, text without a
    /// quote, `"`, blanks. Nil when the field at `start` is no quoted field; a nil content
    /// when it is one this reader leaves to the general reader (a `""` inside, no closing
    /// quote, a non-ASCII byte); else its content and where its blanks end.
    private static func quotedField(_ span: Span<UInt8>, from start: Int, classes: ByteClasses) -> (Range<Int>?, Int)? {
        var index = start
        while index < span.count, classes[span[index]] == ByteClasses.blank { index += 1 }
        guard index < span.count, span[index] == quote else { return nil }
        let open = index + 1
        index = open
        while index < span.count, span[index] != quote {
            // A line end inside is an unterminated field; a non-ASCII byte is text for Characters.
            guard classes[span[index]] != ByteClasses.lineEnd, span[index] < 0x80 else { return (nil, index) }
            index += 1
        }
        guard index < span.count, index + 1 >= span.count || span[index + 1] != quote else { return (nil, index) }
        let content = open..<index
        index += 1
        while index < span.count, classes[span[index]] == ByteClasses.blank { index += 1 }
        return (content, index)
    }

    /// The start of the line after the LF, CR or CRLF at `index`.
    private static func nextLine(_ span: Span<UInt8>, after index: Int) -> Int {
        span[index] == carriageReturn && index + 1 < span.count && span[index + 1] == lineFeed ? index + 2 : index + 1
    }

    /// `range` without its leading and trailing spaces and tabs.
    private static func trimmed(_ span: Span<UInt8>, _ range: Range<Int>) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, span[start] == space || span[start] == tab { start += 1 }
        while start < end, span[end - 1] == space || span[end - 1] == tab { end -= 1 }
        return start..<end
    }

    private static func text(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The data rows read so far, one row staged at a time.
    private struct Rows {
        /// What a column's cells are.
        enum Role {
            case number(position: Int)
            case category(position: Int, index: Int)
            case target
            /// A dropped column: its cells are never looked at.
            case skipped
        }

        let layout: CSVColumns
        let expected: Int
        let roles: [Role]
        let dropMissing: Bool
        let markers: [[UInt8]]
        /// Whether a marker could read as a number, so cells must be compared before parsing.
        let markersFirst: Bool
        let point: UInt8
        let decimalMark: Character
        var features: [Float] = []
        var targets: [Substring] = []
        var lines: [Int] = []
        /// For each categorical feature (by position in `layout.features`), its cells.
        var categoryCells: [(position: Int, name: String, cells: [Substring])]
        var distinct: [Set<Substring>]
        // The staged row.
        var row: [Float]
        var rowCategories: [Range<Int>]
        var rowTarget: Range<Int> = 0..<0
        var rowMissing = false

        init?(layout: CSVColumns, options: CSVOptions, point: UInt8) {
            // Markers compare as bytes; a non-ASCII one could still equal an ASCII cell as a
            // String (U+037E is canonically ";"), which is the general reader's business.
            var markers: [[UInt8]] = []
            for marker in options.missingMarkers {
                let utf8 = Array(marker.utf8)
                guard utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                markers.append(utf8)
            }
            self.markers = markers
            markersFirst = markers.contains { CSVDecimal.exactValue($0.span, point: point) != nil }
            self.layout = layout
            expected = layout.names.count
            var roles = [Role](repeating: .skipped, count: expected)
            var categories = 0
            for (position, column) in layout.features.enumerated() {
                if layout.isCategorical[column] {
                    roles[column] = .category(position: position, index: categories)
                    categories += 1
                } else {
                    roles[column] = .number(position: position)
                }
            }
            roles[layout.target] = .target
            self.roles = roles
            dropMissing = options.missing == .drop
            self.point = point
            decimalMark = options.decimalMark
            categoryCells = layout.features.enumerated().compactMap { position, column in
                layout.isCategorical[column] ? (position, layout.names[column], []) : nil
            }
            distinct = [Set<Substring>](repeating: [], count: categories)
            row = [Float](repeating: 0, count: layout.features.count)
            rowCategories = [Range<Int>](repeating: 0..<0, count: categories)
        }

        /// Sizes the feature buffer, the one that grows large (targets and lines grow as read).
        mutating func reserve(rowsAtMost bound: Int) {
            // Never more than a loadable dataset holds, whatever the file claims.
            let (values, overflow) = min(bound, DataLimits.maxRows + 1).multipliedReportingOverflow(by: row.count)
            features.reserveCapacity(overflow ? DataLimits.maxValues : min(values, DataLimits.maxValues))
        }

        mutating func beginRow() {
            rowMissing = false
        }

        /// Stages the cell of `column` in `range` (trimmed unless it is a quoted field's
        /// content); false when the general reader must take over. After a missing cell under
        /// `missing: drop` the row's cells are only counted, as the general reader never
        /// parses them.
        mutating func take(_ span: Span<UInt8>, _ bytes: [UInt8], column: Int, _ range: Range<Int>, trim: Bool) -> Bool {
            guard !rowMissing else { return true }
            let range = trim ? trimmed(span, range) : range
            let cell = span.extracting(range)
            switch roles[column] {
            case .number(let position):
                if markersFirst, isMarker(cell) { return missing() }
                if let value = CSVDecimal.exactValue(cell, point: point) {
                    row[position] = Float(value)
                    return true
                }
                if isMarker(cell) { return missing() }
                // A cell outside the fast path (`1e400`, 20 digits…), read as the general reader does.
                guard let value = CSVNumber.value(Substring(text(bytes, range)), decimalMark: decimalMark),
                    value.isFinite, abs(value) <= Double(Float.greatestFiniteMagnitude)
                else { return false }
                row[position] = Float(value)
            case .category(let position, let index):
                if isMarker(cell) { return missing() }
                row[position] = 0
                rowCategories[index] = range
            case .target:
                if isMarker(cell) { return missing() }
                rowTarget = range
            case .skipped:
                break
            }
            return true
        }

        /// A missing cell: the row is left out under `missing: drop`, else it is an error.
        private mutating func missing() -> Bool {
            rowMissing = true
            return dropMissing
        }

        /// Keeps the staged row unless a cell was missing; false past a limit.
        mutating func endRow(_ bytes: [UInt8], line: Int) -> Bool {
            guard !rowMissing else { return true }
            for index in rowCategories.indices {
                let cell = Substring(text(bytes, rowCategories[index]))
                if distinct[index].insert(cell).inserted, distinct[index].count > DataLimits.maxCategories { return false }
                categoryCells[index].cells.append(cell)
            }
            features.append(contentsOf: row)
            targets.append(Substring(text(bytes, rowTarget)))
            lines.append(line)
            return true
        }

        private func isMarker(_ cell: Span<UInt8>) -> Bool {
            markers: for marker in markers where marker.count == cell.count {
                for index in 0..<cell.count where marker[index] != cell[index] { continue markers }
                return true
            }
            return false
        }

        func finished() -> CSVRows {
            CSVRows(features: features, targets: targets, lines: lines, categoryCells: categoryCells)
        }
    }

    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
