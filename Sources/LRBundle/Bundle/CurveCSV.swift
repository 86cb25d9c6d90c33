import LRConfig
import LRTrial

/// The `curve.csv` text of a `CurveTable`, used by bundles and the trial cache.
///
/// A header row of column names, then one row per curve row; `\n` line ends; numbers in
/// shortest round-trip form (`Double.description`), except that integral values of the
/// `step`, `epoch` and `bandit_arm` columns are written as integers (`3`, not `3.0`); an empty cell is nil.
/// Reading the text back gives an equal table, bit for bit.
package enum CurveCSV {
    /// Columns that count things; their integral values print without `.0`.
    package static let integerColumns = ["step", "epoch", "bandit_arm"]

    /// The CSV text of `curve`; rows are padded with empty cells (or cut) to the column count.
    /// Exact (shortest round-trip numbers, every row) unless `digits` rounds numbers to that
    /// many significant digits or `every` keeps only some rows (``kept(_:every:)``).
    package static func text(_ curve: CurveTable, every: Int = 1, digits: Int? = nil) -> String {
        let integral = curve.columns.map { integerColumns.contains($0) }
        var out = curve.columns.map(quoted).joined(separator: ",") + "\n"
        for row in kept(curve, every: every) {
            for index in curve.columns.indices {
                if index > 0 { out += "," }
                if index < row.count, let value = row[index] {
                    out += integral[index] ? integerText(value) : digits.map { short(value, $0) } ?? value.description
                }
            }
            out += "\n"
        }
        return out
    }

    /// Every row when `every` is 1; else the rows whose `step` is a multiple of `every`, the
    /// last row, and every row that holds a value of a column not measured at every row (a
    /// validation loss at an epoch's end, an annealing decision), so thinning never drops a
    /// measurement that is not on every row.
    package static func kept(_ curve: CurveTable, every: Int) -> [[Double?]] {
        guard every > 1, !curve.rows.isEmpty else { return curve.rows }
        let stepIndex = curve.columns.firstIndex(of: "step")
        let sparse = curve.columns.indices.filter { index in curve.rows.contains { index >= $0.count || $0[index] == nil } }
        return curve.rows.enumerated().compactMap { offset, row in
            let step = stepIndex.flatMap { $0 < row.count ? row[$0] : nil } ?? Double(offset + 1)
            let onStride = step.truncatingRemainder(dividingBy: Double(every)) == 0
            let measured = sparse.contains { $0 < row.count && row[$0] != nil }
            return onStride || measured || offset == curve.rows.count - 1 ? row : nil
        }
    }

    /// `value` with `digits` significant digits in its shortest form (`0.1234568`, `1e-05`);
    /// `nan`, `inf`, `-inf` as Swift writes them. Correctly rounded, so the same on every
    /// platform.
    package static func short(_ value: Double, _ digits: Int) -> String {
        guard value.isFinite else { return value.description }
        return PrintfNumber.g(value, digits)
    }

    /// Parses text written by `text(_:)`; anything else is an error naming the line.
    package static func table(_ text: String) throws(CurveCSVError) -> CurveTable {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { throw CurveCSVError(line: lines.count, message: "missing final line break") }
        lines.removeLast()
        guard let header = lines.first else { throw CurveCSVError(line: 1, message: "missing header row") }
        let columns = header.isEmpty ? [] : try names(String(header))
        var rows: [[Double?]] = []
        rows.reserveCapacity(lines.count - 1)
        for (offset, line) in lines.dropFirst().enumerated() {
            let cells = columns.isEmpty && line.isEmpty ? [] : line.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == columns.count else {
                throw CurveCSVError(line: offset + 2, message: "expected \(columns.count) cells, found \(cells.count)")
            }
            var row: [Double?] = []
            row.reserveCapacity(cells.count)
            for cell in cells {
                if cell.isEmpty {
                    row.append(nil)
                } else if let value = Double(cell) {
                    row.append(value)
                } else {
                    throw CurveCSVError(line: offset + 2, message: "'\(cell)' is not a number")
                }
            }
            rows.append(row)
        }
        return CurveTable(columns: columns, rows: rows)
    }

    /// Integral values below 2^53 as integers; everything else (and -0.0) as a Double.
    package static func integerText(_ value: Double) -> String {
        guard value.rounded() == value, abs(value) < 0x1p53, !(value == 0 && value.sign == .minus) else {
            return value.description
        }
        return String(Int(value))
    }

    /// A column name, double-quoted (RFC 4180) only when it holds a comma, quote or line break.
    package static func quoted(_ name: String) -> String {
        guard name.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return name }
        var out = "\""
        for character in name {
            out.append(character)
            if character == "\"" { out.append("\"") }
        }
        return out + "\""
    }

    /// The names of a header row, undoing `quoted(_:)`.
    package static func names(_ header: String) throws(CurveCSVError) -> [String] {
        var names: [String] = []
        var current = ""
        var inQuotes = false
        var index = header.startIndex
        while index < header.endIndex {
            let character = header[index]
            if inQuotes {
                if character == "\"" {
                    let next = header.index(after: index)
                    if next < header.endIndex, header[next] == "\"" {
                        current.append("\"")
                        index = next
                    } else {
                        inQuotes = false
                    }
                } else {
                    current.append(character)
                }
            } else if character == "\"" && current.isEmpty {
                inQuotes = true
            } else if character == "," {
                names.append(current)
                current = ""
            } else {
                current.append(character)
            }
            index = header.index(after: index)
        }
        guard !inQuotes else { throw CurveCSVError(line: 1, message: "unterminated quoted column name") }
        names.append(current)
        return names
    }
}
