/// Splits CSV text into records of fields, remembering each record's line number.
///
/// A subset of RFC 4180: one-character separators (`,` unless told), `"`-quoted fields with
/// `""` for a quote (a quoted field may hold the separator), LF or CRLF line ends. A quoted
/// field may not span lines, and lines that are empty are skipped (but still counted, so line
/// numbers match the file). Unquoted fields are trimmed of spaces and tabs; a leading
/// byte-order mark is dropped. More than `DataLimits.maxColumns` fields on a line or
/// `DataLimits.maxRows` records after the first is an error, found before it is held.
package struct CSVRecords {
    package struct Record {
        /// 1-based line in the file.
        var line: Int
        var fields: [Substring]
    }

    package var records: [Record] = []

    package init(text: String, file: String, delimiter: Character = ",") throws(CSVError) {
        var lineNumber = 0
        // A byte-order mark (as spreadsheet programs write) is not part of the first name.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let ascii = text.utf8.allSatisfy { $0 < 0x80 }
        // "\r\n" is one Character in Swift, so it must be named as a separator itself.
        let lines =
            ascii
            ? Self.asciiLines(text)
            : text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        let asciiDelimiter = ascii ? delimiter.asciiValue : nil
        for line in lines {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) { continue }
            guard records.count <= DataLimits.maxRows else {
                throw CSVError(file: file, line: lineNumber, column: 1, message: "more than \(DataLimits.maxRows) data rows")
            }
            let fields =
                if let byte = asciiDelimiter, !line.utf8.contains(UInt8(ascii: "\"")) {
                    try Self.asciiFields(of: line, delimiter: byte, file: file, line: lineNumber)
                } else {
                    try Self.fields(of: line, delimiter: delimiter, file: file, line: lineNumber)
                }
            records.append(Record(line: lineNumber, fields: fields))
        }
    }

    private static func fields(of line: Substring, delimiter: Character, file: String, line number: Int) throws(CSVError) -> [Substring] {
        let tooMany = CSVError(
            file: file, line: number, column: DataLimits.maxColumns + 1, message: "more than \(DataLimits.maxColumns) fields")
        guard line.contains("\"") else {
            let fields = line.split(separator: delimiter, maxSplits: DataLimits.maxColumns, omittingEmptySubsequences: false)
            guard fields.count <= DataLimits.maxColumns else { throw tooMany }
            return fields.map(trimmed)
        }
        var fields = [Substring]()
        var index = line.startIndex
        while true {
            guard fields.count < DataLimits.maxColumns else { throw tooMany }
            // Skip leading blanks before a field.
            while index < line.endIndex, line[index] != delimiter, line[index] == " " || line[index] == "\t" {
                index = line.index(after: index)
            }
            if index < line.endIndex, line[index] == "\"" {
                var value = ""
                index = line.index(after: index)
                var closed = false
                while index < line.endIndex {
                    let character = line[index]
                    index = line.index(after: index)
                    if character == "\"" {
                        if index < line.endIndex, line[index] == "\"" {
                            value.append("\"")
                            index = line.index(after: index)
                        } else {
                            closed = true
                            break
                        }
                    } else {
                        value.append(character)
                    }
                }
                guard closed else {
                    throw CSVError(file: file, line: number, column: fields.count + 1, message: "unterminated quoted field")
                }
                while index < line.endIndex, line[index] != delimiter, line[index] == " " || line[index] == "\t" {
                    index = line.index(after: index)
                }
                fields.append(Substring(value))
                guard index < line.endIndex else { return fields }
                guard line[index] == delimiter else {
                    throw CSVError(file: file, line: number, column: fields.count, message: "expected '\(delimiter)' after a quoted field")
                }
                index = line.index(after: index)
            } else {
                let end = line[index...].firstIndex(of: delimiter) ?? line.endIndex
                fields.append(trimmed(line[index..<end]))
                guard end < line.endIndex else { return fields }
                index = line.index(after: end)
            }
        }
    }

    /// The lines of ASCII `text`, split at LF, CRLF and CR byte by byte: what the Character
    /// split gives for such text, at a fraction of the cost.
    private static func asciiLines(_ text: String) -> [Substring] {
        let bytes = text.utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x0D else {
                index = bytes.index(after: index)
                continue
            }
            lines.append(Substring(bytes[start..<index]))
            index = bytes.index(after: index)
            if byte == 0x0D, index < bytes.endIndex, bytes[index] == 0x0A { index = bytes.index(after: index) }
            start = index
        }
        lines.append(Substring(bytes[start..<bytes.endIndex]))
        return lines
    }

    /// The unquoted fields of an ASCII line, split at the `delimiter` byte and trimmed.
    private static func asciiFields(of line: Substring, delimiter: UInt8, file: String, line number: Int) throws(CSVError) -> [Substring] {
        let bytes = line.utf8
        var fields: [Substring] = []
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            if bytes[index] == delimiter {
                guard fields.count < DataLimits.maxColumns - 1 else {
                    throw CSVError(
                        file: file, line: number, column: DataLimits.maxColumns + 1,
                        message: "more than \(DataLimits.maxColumns) fields")
                }
                fields.append(asciiTrimmed(bytes[start..<index]))
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        fields.append(asciiTrimmed(bytes[start..<bytes.endIndex]))
        return fields
    }

    /// An ASCII field without its leading and trailing spaces and tabs, trimmed byte by byte
    /// (what `trimmed` gives for ASCII, without walking Characters).
    private static func asciiTrimmed(_ field: Substring.UTF8View.SubSequence) -> Substring {
        var start = field.startIndex
        var end = field.endIndex
        while start < end, field[start] == 0x20 || field[start] == 0x09 { start = field.index(after: start) }
        while start < end {
            let last = field.index(before: end)
            guard field[last] == 0x20 || field[last] == 0x09 else { break }
            end = last
        }
        return Substring(field[start..<end])
    }

    private static func trimmed(_ field: Substring) -> Substring {
        var field = field
        while let first = field.first, first == " " || first == "\t" { field = field.dropFirst() }
        while let last = field.last, last == " " || last == "\t" { field = field.dropLast() }
        return field
    }
}
