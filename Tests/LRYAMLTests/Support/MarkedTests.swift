import Testing
@testable import LRYAML

@Test func markerGivesLineAndColumnAndIsRemoved() {
    let m = Marked("a: 1\nbé: ‸x\n")
    #expect(m.text == "a: 1\nbé: x\n")
    #expect(m.mark == Mark(line: 2, column: 5))
}
