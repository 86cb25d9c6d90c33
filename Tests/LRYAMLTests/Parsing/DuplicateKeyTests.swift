import Testing
@testable import LRYAML

@Suite struct DuplicateKeyTests {
    static let cases: [String] = [
        "a: 1\n‸a: 2\n",
        "a: 1\nb:\n  c: 1\n  ‸c: 2\n",
        "{x: 1, ‸x: 2}\n",
        "1: a\n‸0x1: b\n",
        "0o10: a\n‸8: b\n",
        "~: a\n‸null: b\n",
        "true: a\n‸True: b\n",
        "\"s\": a\n‸s: b\n",
        "1.5: a\n‸15e-1: b\n",
        "? [a, b]\n: 1\n? ‸[a, b]\n: 2\n",
        "x: &k v\nv: 1\n‸*k : 2\n",
    ]

    @Test(arguments: cases) func duplicateKeyIsRejectedAtTheSecondKey(source: String) {
        expectError(source, "duplicate key")
    }

    @Test func keysThatOnlyLookAlikeAreDistinct() throws {
        let root = try #require(parse("1: a\n\"1\": b\n1.0: c\nTrue: d\ntrue_: e\n"))
        #expect(root.mapping?.count == 5)
    }

    @Test func genericModeAllowsDuplicates() throws {
        let docs = try YAML.parseStream(
            Array("a: 1\na: 2\n".utf8), file: "g.yaml", limits: .default, mode: .generic)
        #expect(docs.first?.mapping?.count == 2)
    }
}
