/// A GitHub-flavoured Markdown table.
package struct MarkdownTable {
    package var header: [String]
    package var rows: [[String]]
    /// Per column, whether it is right-aligned (numbers).
    package var rightAligned: [Bool]

    package init(header: [String], rows: [[String]] = [], rightAligned: [Bool]? = nil) {
        self.header = header
        self.rows = rows
        self.rightAligned = rightAligned ?? header.map { _ in false }
    }

    /// The table's lines joined by newlines (no trailing newline).
    package func render() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map(Self.cell).joined(separator: " | ") + " |"
        }
        let rule = "|" + header.indices.map { rightAligned.indices.contains($0) && rightAligned[$0] ? "---:" : "---" }
            .joined(separator: "|") + "|"
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }

    /// Cell text on one line with pipes escaped.
    package static func cell(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "|": out += "\\|"
            case "\n", "\r", "\r\n", "\t": out += " "
            default: out.append(ch)
            }
        }
        return out
    }
}
