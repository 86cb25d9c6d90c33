/// A CSV cell read as a number.
package enum CSVNumber {
    /// The cell's value when it is a decimal number (with `decimalMark`), else nil; it may
    /// still be outside the Float32 range.
    package static func value(_ field: Substring, decimalMark: Character) -> Double? {
        // Nearly every cell is a plain decimal the exact fast path reads, bit for bit as below.
        if let point = fastPoint(decimalMark), let exact = CSVDecimal.exactValue(field.utf8.span, point: point) { return exact }
        guard !field.isEmpty, !hasLetterOtherThanE(field) else { return nil }
        if decimalMark == "." { return Double(field) }
        // `1,5` → `1.5`; a `.` is then not a decimal mark, so such a cell is no number.
        guard !field.contains(".") else { return nil }
        return Double(String(field.map { $0 == decimalMark ? "." : $0 }))
    }

    /// The byte of a decimal mark the fast path reads as the point (`.` or `,`, as options allow).
    static func fastPoint(_ decimalMark: Character) -> UInt8? {
        decimalMark == "." || decimalMark == "," ? decimalMark.asciiValue : nil
    }

    /// Whether `field` holds a letter other than `e`/`E` (such a cell is text, not a number).
    /// ASCII cells, nearly all of them, are checked byte by byte; others by Unicode property.
    private static func hasLetterOtherThanE(_ field: Substring) -> Bool {
        var ascii = true
        for byte in field.utf8 {
            if byte >= 0x80 { ascii = false; break }
            let lower = byte | 0x20
            if lower >= 0x61, lower <= 0x7A, lower != 0x65 { return true }
        }
        return ascii ? false : field.contains { $0.isLetter && $0 != "e" && $0 != "E" }
    }

    /// A cell as a finite number within Float32 range, or an error naming the cell.
    package static func parse(_ field: Substring, decimalMark: Character, file: String, line: Int, column: Int) throws(CSVError) -> Double {
        guard !field.isEmpty else {
            throw CSVError(file: file, line: line, column: column, message: "expected a number, got an empty cell")
        }
        guard let value = value(field, decimalMark: decimalMark) else {
            throw CSVError(file: file, line: line, column: column, message: "expected a number, got \"\(field)\"")
        }
        try checkRange(value, field, file: file, line: line, column: column)
        return value
    }

    package static func checkRange(_ value: Double, _ field: Substring, file: String, line: Int, column: Int) throws(CSVError) {
        guard value.isFinite, abs(value) <= Double(Float.greatestFiniteMagnitude) else {
            throw CSVError(file: file, line: line, column: column, message: "number \"\(field)\" is outside the Float32 range")
        }
    }
}
