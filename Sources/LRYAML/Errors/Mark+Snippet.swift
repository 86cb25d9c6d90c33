extension Mark {
    /// The source line this mark points into and a caret under its column, for printing
    /// under an error; nil when the mark lies outside `text`. Tabs before the column are
    /// kept in the caret line so the caret lines up in a terminal.
    public func snippet(in text: String) -> String? {
        guard line >= 1, column >= 1 else { return nil }
        // Split on scalars: Swift treats "\r\n" as one character.
        let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard line <= lines.count else { return nil }
        var scalars = lines[line - 1]
        if scalars.last == "\r" { scalars = scalars.dropLast() }
        guard column <= scalars.count + 1 else { return nil }
        let pad = scalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
        return String(String.UnicodeScalarView(scalars)) + "\n" + pad + "^"
    }
}
