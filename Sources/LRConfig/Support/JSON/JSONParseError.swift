/// Why a document is not strict JSON, located by 1-based line and column (in bytes).
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
    package var line: Int
    package var column: Int
    package var message: String

    package init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }

    /// Locates byte `offset` of `bytes`.
    package init(offset: Int, in bytes: [UInt8], message: String) {
        var line = 1
        var lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        self.init(line: line, column: offset - lineStart + 1, message: message)
    }

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
}
