import Testing
@testable import LRYAML

@Suite struct SnippetTests {
    @Test func caretSitsUnderTheMarkedColumn() throws {
        let marked = Marked("name: x\nlr: fast\nsteps: [1, ‸2\n")
        #expect(marked.mark.snippet(in: marked.text) == "steps: [1, 2\n           ^")
    }

    @Test func tabsAndUnicodeKeepTheCaretAligned() {
        #expect(Mark(line: 1, column: 4).snippet(in: "\té: x") == "\té: x\n\t  ^")
        #expect(Mark(line: 2, column: 1).snippet(in: "a\r\nb\r\n") == "b\n^")
    }

    @Test func marksOutsideTheTextGiveNil() {
        #expect(Mark(line: 3, column: 1).snippet(in: "a\n") == nil)
        #expect(Mark(line: 1, column: 9).snippet(in: "abc") == nil)
        #expect(Mark(line: 0, column: 0).snippet(in: "abc") == nil)
    }
}
