import LRExperiments
import Testing

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

    @Test func colourOnlyWhenAsked() {
        #expect(!DiagnosticPrinter(format: .text).render([diagnostic]).contains("\u{1B}["))
        #expect(DiagnosticPrinter(format: .text, colour: true).render([diagnostic]).contains("\u{1B}[1;31merror:"))
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
        let output = ValidateCommand(files: ["/nonexistent/x.yaml"]).run()
        #expect(output.exitCode == ExitStatus.invalidInput)
        #expect(output.stderr == "/nonexistent/x.yaml: error: no such file\n")
        let github = ValidateCommand(files: ["/nonexistent/x.yaml"], format: .github).run()
        #expect(github.stdout == "::error file=/nonexistent/x.yaml::no such file\n")
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
