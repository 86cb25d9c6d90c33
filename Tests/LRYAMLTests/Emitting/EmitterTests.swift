import Testing
@testable import LRYAML

@Suite struct EmitterTests {
    static let origin = Mark(line: 1, column: 1)

    /// Documents that must survive emit → parse unchanged (up to marks, styles, spelling).
    static let documents: [String] = [
        "a: 1\n",
        "plain: text\nint: 0x1F\noctal: 0o17\nneg: -3\nbig: 99999999999999999999\n",
        "floats: [1.5, .5, 1e3, -1.0e-4, .inf, -.Inf, .nan, 0.1, -0.0, 6.02e23, 5e-324]\n",
        "bools: [true, False, TRUE]\nnulls: [~, null, NULL, ]\n",
        "quoted: ['true', '1.0', '', 'null', '~', '0x1', '.inf', '-', '- x', 'a: b', '#c', ' lead', 'trail ', '@at', '%p', '`b', '!t', '&a', '*b', '? q', '|', '>', \"'\", '\"', '[x]', '{y}', 'a #b', ',', '0o7', '+1', '1_0']\n",
        "multi: \"line1\\nline2\\n\"\nnoend: \"a\\nb\"\nkeep: \"a\\n\\n\"\nlead: \"  indented\\nnext\"\ntabs: \"a\\tb\"\nctl: \"bell\\u0007\"\n",
        "unicode: [é, 日本語, \"emoji 😀\", \"\\u00A0nbsp\", \"\\u2028ls\"]\n",
        "nested:\n  list:\n  - {a: 1, b: [x, y]}\n  - []\n  - {}\n  - - deep\n    - [1, [2, [3]]]\n",
        "? [complex, key]\n: value\n? {m: 1}\n: 2\n\"multi\\nline key\": 3\n1: int key\nnull: null key\n",
        "anchors: &a {x: 1}\ncopy: *a\nmerged:\n  <<: *a\n  y: 2\n",
        "- top\n- level\n- sequence\n",
        "just a scalar\n",
        "\"true\"\n",
        "long: \(String(repeating: "word ", count: 100))end\n",
        "strs: !!str 12\nints: !!int '7'\n",
    ]

    @Test(arguments: documents) func emitThenParseGivesTheSameTree(source: String) throws {
        let original = try #require(try YAML.parseDocument(source, file: "in.yaml"))
        let emitted = try YAML.emit(original)
        let reparsed = try #require(try YAML.parseDocument(emitted, file: "out.yaml"))
        #expect(sameValue(original, reparsed), "emitted:\n\(emitted)")
        // Deterministic, and canonical form is a fixed point.
        #expect(try YAML.emit(original) == emitted)
        #expect(try YAML.emit(reparsed) == emitted)
    }

    @Test func canonicalLayout() throws {
        let source = """
            name: run-1
            optimizer: {kind: adam, lr: 1e-3, betas: [0.9, 0.999]}
            flags: {fast: yes, strict: 'true', count: 0x10}
            empty: ''
            none: ~
            notes: |
              first
              second
            """
        let node = try #require(try YAML.parseDocument(source, file: "in.yaml"))
        let emitted = try YAML.emit(node)
        #expect(emitted == """
            name: run-1
            optimizer:
              kind: adam
              lr: 0.001
              betas:
              - 0.9
              - 0.999
            flags:
              fast: yes
              strict: 'true'
              count: 16
            empty: ''
            none: null
            notes: |-
              first
              second

            """, "emitted:\n\(emitted)")
    }

    @Test func longLinesAreNotFolded() throws {
        let text = (0..<200).map { "w\($0)" }.joined(separator: " ")
        let out = try YAML.emit(Node(.string(text), mark: Self.origin))
        #expect(out == text + "\n")
    }

    @Test func floatsRoundTripBitForBit() throws {
        // A fixed pseudo-random walk over bit patterns plus edge values.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1, 1.0 / 3, .pi, 1e-300, .leastNonzeroMagnitude, .greatestFiniteMagnitude,
            -.leastNormalMagnitude, 123456789012345680, 1e16, 1e15, 0.000001, 0.0001,
        ]
        for _ in 0..<500 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let d = Double(bitPattern: state)
            if d.isFinite { values.append(d) }
        }
        let node = Node(.sequence(values.map { Node(.float($0), mark: Self.origin) }, .block), mark: Self.origin)
        let back = try #require(try YAML.parseDocument(try YAML.emit(node), file: "f.yaml"))
        let items = try #require(back.sequence)
        #expect(items.count == values.count)
        for (item, value) in zip(items, values) {
            guard case .float(let f)? = item.scalarValue else {
                Issue.record("\(value) came back as \(String(describing: item.scalarValue))")
                continue
            }
            #expect(f.bitPattern == value.bitPattern, "\(value) came back as \(f)")
        }
    }

    @Test func scalarValueNodesResolveToTheirValue() {
        let values: [ScalarValue] = [
            .null, .bool(true), .int(-5), .integerOutOfRange("123456789012345678901"),
            .float(2.5), .float(.infinity), .float(-.infinity), .string("true"), .string(""),
            .string("0x1"), .string("plain"), .string("multi\nline"),
        ]
        for value in values {
            #expect(Node(value, mark: Self.origin).scalarValue == value)
        }
    }
}
