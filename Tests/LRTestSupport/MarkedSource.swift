/// Source text with expected positions marked inline by `‸`, which is removed; each mark is
/// the 1-based line and column (in Unicode scalars) of the character after it, in order.
public struct MarkedSource: Sendable {
    public static let marker: Character = "‸"

    /// A marked position.
    public struct Position: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int

        public var description: String { "\(line):\(column)" }
    }

    /// The source without its marks.
    public var text: String
    public var positions: [Position]

    /// The positions as `line:column` texts, as diagnostics print them.
    public var marks: [String] { positions.map(\.description) }

    public init(_ source: String) {
        var line = 1
        var column = 1
        var positions: [Position] = []
        var text = ""
        for c in source {
            if c == Self.marker {
                positions.append(Position(line: line, column: column))
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
        self.positions = positions
    }
}
