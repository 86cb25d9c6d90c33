import LRConfig
import Testing

/// Control characters from input are shown, never sent to the terminal.
@Suite struct TerminalTextTests {
    @Test func controlsAreWrittenAsHex() {
        #expect(TerminalText.visible("a\u{1B}]0;PWNED\u{07}b") == "a\\x1B]0;PWNED\\x07b")
        #expect(TerminalText.visible("cr\rdel\u{7F}c1\u{9B}nul\u{0}") == "cr\\x0Ddel\\x7Fc1\\x9Bnul\\x00")
    }

    @Test func newlinesTabsAndOtherTextPass() {
        let text = "line 1\n\tline 2: é, λ, 😀\n"
        #expect(TerminalText.visible(text) == text)
    }

    @Test func colourIsKeptOnlyWhenAskedAndOnlyColour() {
        let coloured = "\u{1B}[1;31merror:\u{1B}[0m x"
        #expect(TerminalText.visible(coloured, keepingColour: true) == coloured)
        #expect(TerminalText.visible(coloured) == "\\x1B[1;31merror:\\x1B[0m x")
        // Cursor movement and titles are not colour.
        #expect(TerminalText.visible("\u{1B}[2J\u{1B}]2;t\u{07}", keepingColour: true) == "\\x1B[2J\\x1B]2;t\\x07")
    }

    @Test func aDiagnosticNamingAnEscapingKeyIsPrintable() {
        let d = Diagnostic(file: "e\u{1B}.yaml", line: 3, column: 1, path: "a\u{1B}]0;x\u{07}",
                           message: "unknown key 'a\u{1B}]0;x\u{07}'", sourceLine: "\"a\\e]0;x\\a\": 1")
        for format in [DiagnosticFormat.text, .github] {
            let rendered = DiagnosticPrinter(format: format).render([d])
            #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
            #expect(rendered.contains("\\x1B]0;x\\x07"))
        }
    }
}
