/// Byte-level facts about the input that libyaml's errors refer to.
struct SourceText {
    let bytes: [UInt8]

    /// The 1-based line and column (in characters) of a byte offset.
    func mark(atByteOffset offset: Int) -> Mark {
        var line = 1
        var column = 1
        for b in bytes.prefix(offset) {
            if b == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if b & 0xC0 != 0x80 {
                column += 1
            }
        }
        return Mark(line: line, column: column)
    }

    /// The first byte of the character at a 1-based mark, if the mark is inside a line.
    func byte(at mark: Mark) -> UInt8? {
        var line = 1
        var column = 1
        for b in bytes {
            if line == mark.line {
                if b == UInt8(ascii: "\n") { return nil }
                if b & 0xC0 != 0x80 {
                    if column == mark.column { return b }
                    column += 1
                }
            } else if b == UInt8(ascii: "\n") {
                line += 1
                if line > mark.line { return nil }
            }
        }
        return nil
    }

    /// The 1-based mark of the first NUL byte, if any.
    func firstNul() -> Mark? {
        bytes.firstIndex(of: 0).map { mark(atByteOffset: $0) }
    }
}
