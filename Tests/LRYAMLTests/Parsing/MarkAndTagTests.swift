import Testing
@testable import LRYAML

@Suite struct MarkAndTagTests {
    @Test func keysAndValuesCarryOneBasedMarks() throws {
        let root = try #require(parse("""
            model:
              kind: mlp
              hidden: [64, 32]
            é: ünï
            """))
        #expect(root.mark == Mark(line: 1, column: 1))
        let model = try #require(root.pair(forKey: "model"))
        #expect(model.key.mark == Mark(line: 1, column: 1))
        #expect(model.value.mark == Mark(line: 2, column: 3))
        let kind = try #require(model.value.pair(forKey: "kind"))
        #expect(kind.key.mark == Mark(line: 2, column: 3))
        #expect(kind.value.mark == Mark(line: 2, column: 9))
        let hidden = try #require(model.value["hidden"]?.sequence)
        #expect(hidden.map(\.mark) == [Mark(line: 3, column: 12), Mark(line: 3, column: 16)])
        #expect(model.value["hidden"]?.mark == Mark(line: 3, column: 11))
        // Columns count characters, not bytes.
        #expect(root.pair(forKey: "é")?.value.mark == Mark(line: 4, column: 4))
    }

    @Test func stylesAreKept() throws {
        let root = try #require(parse("""
            a: plain
            b: 'single'
            c: "double"
            d: |
              literal
            e: >
              folded
            f: [x]
            g: {x: 1}
            """))
        func style(_ key: String) -> ScalarStyle? {
            if case .scalar(_, let s)? = root[key]?.content { return s }
            return nil
        }
        #expect(style("a") == .plain)
        #expect(style("b") == .singleQuoted)
        #expect(style("c") == .doubleQuoted)
        #expect(style("d") == .literal)
        #expect(style("e") == .folded)
        #expect(root["d"]?.string == "literal\n")
        if case .sequence(_, let s)? = root["f"]?.content { #expect(s == .flow) } else { Issue.record("f") }
        if case .mapping(_, let s)? = root["g"]?.content { #expect(s == .flow) } else { Issue.record("g") }
        if case .mapping(_, let s) = root.content { #expect(s == .block) } else { Issue.record("root") }
    }

    @Test func tagsAreInFullForm() throws {
        let root = try #require(parse("""
            %TAG !e! tag:yaml.org,2002:
            ---
            a: !!str 12
            b: !e!int "7"
            c: !!map {x: 1}
            d: ! 12
            e: 12
            """))
        #expect(root["a"]?.tag == "tag:yaml.org,2002:str")
        #expect(root["a"]?.scalarValue == .string("12"))
        #expect(root["b"]?.tag == "tag:yaml.org,2002:int")
        #expect(root["b"]?.scalarValue == .int(7))
        #expect(root["c"]?.tag == "tag:yaml.org,2002:map")
        #expect(root["d"]?.tag == "!")
        #expect(root["d"]?.scalarValue == .string("12"))
        #expect(root["e"]?.tag == nil)
    }

    @Test func unknownTagsAreRejectedInExperimentFiles() {
        expectError("a: ‸!custom 1\n", "unsupported tag '!custom'")
        expectError("a: ‸!!set {x: 1}\n", "unsupported tag 'tag:yaml.org,2002:set'")
    }

    @Test func errorPrintsLikeACompiler() {
        let error = expectError("a: 1\n‸a: 2\n", "duplicate key")
        #expect(error?.description == "exp.yaml:2:1: error: duplicate key 'a' (first at 1:1)")
    }
}
