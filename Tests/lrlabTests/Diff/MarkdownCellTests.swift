@testable import LRBundle
import Testing
@testable import lrlab

/// Text from a bundle can't break out of its markdown table cell.
@Suite struct MarkdownCellTests {
    @Test func newlinesPipesAndBackticksStayInTheCell() {
        #expect(DiffMarkdown.code("e487f127f9c4") == "`e487f127f9c4`")
        #expect(DiffMarkdown.code("a\n| injected | row |") == "`a\\n\\| injected \\| row \\|`")
        #expect(DiffMarkdown.code("x`y``z") == "```x`y``z```")
        #expect(DiffMarkdown.code("`edge") == "`` `edge ``")
        #expect(DiffMarkdown.code("\u{1B}]0;title\u{07}") == "`\\u{1b}]0;title\\u{7}`")
        #expect(DiffMarkdown.plain("val_loss") == "val_loss")
        #expect(DiffMarkdown.plain("a|b`c") == "a\\|b\\`c")
    }
}
