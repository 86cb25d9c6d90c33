import LRConfig
import Testing
import LRTestSupport

/// Text, GitHub and JSON rendering of diagnostics.
@Suite struct PrinterTests {
    let diagnostic = Diagnostic(
        file: "experiments/a.yaml", line: 12, column: 7, path: "optimizer.lr",
        message: "expected a positive number, got \"fast\"", sourceLine: "  lr: fast")

    @Test func textHasLocationSourceLineAndCaret() {
        let text = DiagnosticPrinter(format: .text).render([diagnostic])
        #expect(text == """
            experiments/a.yaml:12:7: error: optimizer.lr: expected a positive number, got "fast"
              lr: fast
                  ^

            """)
    }

    @Test func emphasisOnlyWhenAsked() {
        #expect(!DiagnosticPrinter(format: .text).render([diagnostic]).contains("\u{1B}["))
        let marked = DiagnosticPrinter(format: .text) { part, text in
            switch part {
            case .location: "<l>\(text)</l>"
            case .severity(let severity): "<\(severity.rawValue)>\(text)</>"
            case .message: "<m>\(text)</m>"
            case .caret: "<c>\(text)</c>"
            }
        }
        #expect(marked.render([diagnostic]) == """
            <l>experiments/a.yaml:12:7:</l> <error>error:</> <m>optimizer.lr: expected a positive number, got "fast"</m>
              lr: fast
                  <c>^</c>

            """)
    }

    @Test func githubAnnotationsEscapeData() {
        var d = diagnostic
        d.message = "100% wrong,\nreally"
        let text = DiagnosticPrinter(format: .github).render([d])
        #expect(text == "::error file=experiments/a.yaml,line=12,col=7::optimizer.lr: 100%25 wrong,%0Areally\n")
    }

    @Test func jsonIsStable() {
        let json = DiagnosticPrinter(format: .json).render([diagnostic])
        #expect(json == """
            [
              {
                "file": "experiments/a.yaml",
                "line": 12,
                "column": 7,
                "severity": "error",
                "path": "optimizer.lr",
                "message": "expected a positive number, got \\"fast\\""
              }
            ]

            """)
        #expect(DiagnosticPrinter(format: .json).render([]) == "[]\n")
    }

    @Test func missingFileHasNoPosition() {
        let output = Validated("/nonexistent/x.yaml")
        #expect(!output.isValid)
        #expect(output.rendered() == "/nonexistent/x.yaml: error: no such file\n")
        #expect(output.rendered(.github) == "::error file=/nonexistent/x.yaml::no such file\n")
    }

    @Test func controlCharactersInSourceAreNeutralised() {
        var d = diagnostic
        d.sourceLine = "\u{1B}[2Jbad"
        #expect(!DiagnosticPrinter(format: .text).render([d]).contains("\u{1B}"))
    }
}

/// Source lines shown under a diagnostic follow libyaml's line breaks.
@Suite struct SourceLineTests {
    @Test func crlfLinesAreSplit() throws {
        let result = ExperimentLoader().check(file: Fixtures.path("invalid", "crlf-line-endings.yaml"))
        let d = try #require(result.diagnostics.first)
        #expect(d.sourceLine == "optimizer: {kind: adam, lr: 0}")
    }

    @Test func byteOrderMarkIsNotShown() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", "\u{FEFF}version: x\n")
        let d = try #require(ExperimentLoader().check(file: path).diagnostics.first { $0.path == "version" })
        #expect((d.line, d.column) == (1, 10))
        #expect(d.sourceLine == "version: x")
    }
}
