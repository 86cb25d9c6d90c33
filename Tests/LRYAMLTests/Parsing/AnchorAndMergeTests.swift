import Testing
@testable import LRYAML

@Suite struct AnchorAndMergeTests {
    @Test func aliasesExpandIntoCopiesLocatedAtTheAlias() throws {
        let root = try #require(parse("""
            base: &b {lr: 0.1, steps: [1, 2]}
            run: *b
            lr: &x 3
            again: *x
            """))
        let base = try #require(root["base"])
        let run = try #require(root["run"])
        #expect(sameValue(base, run))
        #expect(run.mark == Mark(line: 2, column: 6))
        #expect(run["lr"]?.mark == base["lr"]?.mark)
        #expect(root["again"]?.scalarValue == .int(3))
        #expect(root["again"]?.mark == Mark(line: 4, column: 8))
    }

    @Test func undefinedAndRecursiveAliasesAreLocatedErrors() {
        expectError("a: 1\nb: ‸*nope\n", "undefined alias '*nope'")
        expectError("a: &r\n  b: ‸*r\n", "recursive alias '*r'")
        // An anchor is only visible after its definition.
        expectError("a: ‸*later\nb: &later 1\n", "undefined alias '*later'")
    }

    @Test func mergeKeyInsertsPairsWhereItStands() throws {
        let root = try #require(parse("""
            base: &b {lr: 0.1, name: base}
            run:
              seed: 1
              <<: *b
              lr: 0.2
            """))
        let run = try #require(root["run"]?.mapping)
        #expect(run.compactMap(\.key.string) == ["seed", "name", "lr"])
        #expect(root["run"]?["lr"]?.scalarValue == .float(0.2))
        #expect(root["run"]?["name"]?.string == "base")
    }

    @Test func earlierMappingsInAMergeSequenceWin() throws {
        let root = try #require(parse("""
            a: &a {x: 1, y: 1}
            b: &b {x: 2, y: 2, z: 2}
            c:
              <<: [*a, *b]
              y: 3
            """))
        let c = try #require(root["c"])
        #expect(c["x"]?.scalarValue == .int(1))
        #expect(c["y"]?.scalarValue == .int(3))
        #expect(c["z"]?.scalarValue == .int(2))
        #expect(c.mapping?.count == 3)
    }

    @Test func mergeOfInlineMapping() throws {
        let root = try #require(parse("a:\n  <<: {k: v}\n  j: 1\n"))
        #expect(root["a"]?["k"]?.string == "v")
    }

    @Test func mergeOntoANonMappingIsALocatedError() {
        expectError("a:\n  <<: ‸5\n", "merge key '<<' expects a mapping")
        expectError("x: &x [1]\na:\n  <<: ‸*x\n", "merge key '<<' expects a mapping")
        expectError("m: &m {k: 1}\na:\n  <<: [*m, ‸3]\n", "merge key '<<' expects a mapping")
        expectError("a:\n  <<: {k: 1}\n  ‸<<: {j: 1}\n", "duplicate merge key '<<'")
    }

    @Test func quotedMergeKeyIsPlainData() throws {
        let root = try #require(parse("a:\n  '<<': {k: 1}\n"))
        #expect(root["a"]?["<<"]?["k"]?.scalarValue == .int(1))
    }

    @Test func genericModeKeepsMergeKeyAsData() throws {
        let docs = try YAML.parseStream(
            Array("a: &a {k: 1}\nb:\n  <<: *a\n".utf8), file: "g.yaml", limits: .default, mode: .generic)
        #expect(docs.first?["b"]?["<<"]?["k"]?.scalarValue == .int(1))
    }
}

@Test func explicitMergeTagIsAMergeKey() throws {
    let root = try #require(parse("a: &a {k: 1}\nb:\n  !!merge x: *a\n"))
    #expect(root["b"]?["k"]?.scalarValue == .int(1))
}
