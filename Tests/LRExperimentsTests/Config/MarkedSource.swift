/// Experiment YAML with expected diagnostic positions marked inline by `‸` (removed); each
/// mark is the 1-based line and column of the character after it, in order of appearance.
struct MarkedSource {
    static let marker: Character = "‸"

    var text: String
    var marks: [String]

    init(_ source: String) {
        var line = 1
        var column = 1
        var marks: [String] = []
        var text = ""
        for c in source {
            if c == Self.marker {
                marks.append("\(line):\(column)")
                continue
            }
            text.append(c)
            if c == "\n" {
                line += 1
                column = 1
            } else {
                column += c.unicodeScalars.count
            }
        }
        self.text = text
        self.marks = marks
    }
}
