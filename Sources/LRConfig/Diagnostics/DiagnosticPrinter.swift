/// Renders diagnostics as text, GitHub workflow annotations or JSON.
package struct DiagnosticPrinter: Sendable {
    /// The parts of a text diagnostic that a caller may emphasise.
    package enum Part: Sendable, Equatable {
        /// `file:line:col:`
        case location
        /// `error:`, `warning:`, `note:`
        case severity(Diagnostic.Severity)
        /// The message after the severity.
        case message
        /// The `^` under the column.
        case caret
    }

    package var format: DiagnosticFormat
    /// Wraps each part of a text diagnostic, e.g. in colour on a terminal; the default keeps it.
    package var emphasis: @Sendable (Part, String) -> String

    package init(format: DiagnosticFormat, emphasis: @escaping @Sendable (Part, String) -> String = { $1 }) {
        self.format = format
        self.emphasis = emphasis
    }

    /// All diagnostics in this printer's format; ends with a newline unless empty (text, github).
    package func render(_ diagnostics: [Diagnostic]) -> String {
        switch format {
        case .text: diagnostics.map(renderText).joined()
        case .github: diagnostics.map(renderGitHub).joined()
        case .json: renderJSON(diagnostics)
        }
    }

    /// A compiler-style message, the offending source line and a caret under the column.
    package func renderText(_ d: Diagnostic) -> String {
        // A file that could not be read at all has no position: `path: error: no such file`.
        // A key or value from the input may hold escape sequences: shown, never sent.
        let file = TerminalText.visible(d.file), text = TerminalText.visible(d.text)
        let location = d.line > 0 ? "\(file):\(d.line):\(d.column):" : "\(file):"
        let severity = "\(d.severity.rawValue):"
        var out = "\(emphasis(.location, location)) \(emphasis(.severity(d.severity), severity)) "
            + "\(emphasis(.message, text))\n"
        if let line = d.sourceLine, d.line > 0 {
            let printable = Self.printable(line)
            out += printable + "\n"
            let pad = String(printable.prefix(max(0, d.column - 1)).map { $0 == "\t" ? "\t" : " " })
            out += pad + emphasis(.caret, "^") + "\n"
        }
        return out
    }

    /// A GitHub Actions workflow command for one diagnostic.
    package func renderGitHub(_ d: Diagnostic) -> String {
        let command = d.severity == .note ? "notice" : d.severity.rawValue
        let position = d.line > 0 ? ",line=\(d.line),col=\(d.column)" : ""
        return "::\(command) file=\(Self.escapeProperty(TerminalText.visible(d.file)))\(position)::"
            + Self.escapeData(TerminalText.visible(d.text)) + "\n"
    }

    /// A pretty-printed JSON array; keys in a fixed order, trailing newline.
    package func renderJSON(_ diagnostics: [Diagnostic]) -> String {
        let values = diagnostics.map { d in
            JSONValue.object([
                ("file", .string(d.file)), ("line", .integer(d.line)), ("column", .integer(d.column)),
                ("severity", .string(d.severity.rawValue)), ("path", .string(d.path)),
                ("message", .string(d.message)),
            ])
        }
        return JSONValue.array(values).pretty() + "\n"
    }

    /// Replaces control characters (other than tab) so a binary line cannot garble a terminal.
    package static func printable(_ line: String) -> String {
        String(String.UnicodeScalarView(line.unicodeScalars.map { scalar in
            (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F ? "\u{FFFD}" : scalar
        }))
    }

    package static func escapeData(_ s: String) -> String {
        s.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
    }

    package static func escapeProperty(_ s: String) -> String {
        escapeData(s).replacingAll(":", "%3A").replacingAll(",", "%2C")
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation needed).
    package func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for c in self { if c == target { out += replacement } else { out.append(c) } }
        return out
    }
}
