import Testing
@testable import LRYAML

/// One literal as written in a file and the value the core schema gives it.
struct SchemaCase: Sendable, CustomTestStringConvertible {
    var yaml: String
    var value: ScalarValue
    var testDescription: String { yaml }

    init(_ yaml: String, _ value: ScalarValue) {
        self.yaml = yaml
        self.value = value
    }
}

@Suite struct CoreSchemaTests {
    static let table: [SchemaCase] = [
        // null
        .init("~", .null), .init("null", .null), .init("Null", .null), .init("NULL", .null),
        .init("", .null), .init("nULL", .string("nULL")), .init("'null'", .string("null")),
        // bool
        .init("true", .bool(true)), .init("True", .bool(true)), .init("TRUE", .bool(true)),
        .init("false", .bool(false)), .init("False", .bool(false)), .init("FALSE", .bool(false)),
        .init("yes", .string("yes")), .init("on", .string("on")), .init("tRUE", .string("tRUE")),
        .init("\"true\"", .string("true")),
        // int
        .init("0", .int(0)), .init("42", .int(42)), .init("-17", .int(-17)), .init("+8", .int(8)),
        .init("007", .int(7)), .init("0x1F", .int(31)), .init("0xff", .int(255)), .init("0o17", .int(15)),
        .init("9223372036854775807", .int(Int.max)), .init("-9223372036854775808", .int(Int.min)),
        .init("9223372036854775808", .integerOutOfRange("9223372036854775808")),
        .init("-9223372036854775809", .integerOutOfRange("-9223372036854775809")),
        .init("0x10000000000000000", .integerOutOfRange("0x10000000000000000")),
        .init("0x", .string("0x")), .init("0o8", .string("0o8")), .init("0b101", .string("0b101")),
        .init("-0x1", .string("-0x1")), .init("1_000", .string("1_000")), .init("12a", .string("12a")),
        .init("'12'", .string("12")),
        // float
        .init("1.5", .float(1.5)), .init(".5", .float(0.5)), .init("-.5", .float(-0.5)),
        .init("1.", .float(1.0)), .init("1e3", .float(1000)), .init("1E3", .float(1000)),
        .init("-1.0e-4", .float(-1.0e-4)), .init("+2.5E+2", .float(250)), .init("6.02e23", .float(6.02e23)),
        .init("0.1", .float(0.1)), .init("-0.0", .float(-0.0)), .init("1e400", .float(.infinity)),
        .init(".inf", .float(.infinity)), .init(".Inf", .float(.infinity)), .init(".INF", .float(.infinity)),
        .init("+.inf", .float(.infinity)), .init("-.inf", .float(-.infinity)), .init("-.Inf", .float(-.infinity)),
        .init(".iNF", .string(".iNF")), .init("inf", .string("inf")), .init("1e", .string("1e")),
        .init(".", .string(".")), .init("e3", .string("e3")), .init("1.2.3", .string("1.2.3")),
        // strings
        .init("hello", .string("hello")), .init("'1.5'", .string("1.5")), .init("\"~\"", .string("~")),
        .init("|\n  12\n", .string("12\n")), .init(">-\n  0x1\n", .string("0x1")),
        // explicit tags
        .init("!!str 12", .string("12")), .init("!!str", .string("")), .init("!!str true", .string("true")),
        .init("!!int \"12\"", .int(12)), .init("!!int 0x10", .int(16)),
        .init("!!float 1", .float(1)), .init("!!float '2.5'", .float(2.5)),
        .init("!!bool 'false'", .bool(false)), .init("!!null ''", .null), .init("!!null ~", .null),
        .init("! 12", .string("12")),
    ]

    @Test(arguments: table) func literalResolves(_ c: SchemaCase) throws {
        let node = try #require(try YAML.parseDocument("v: \(c.yaml)\n", file: "s.yaml"))
        let value = try #require(node["v"]?.scalarValue)
        if case .float(let expected) = c.value, case .float(let actual) = value {
            #expect(actual.bitPattern == expected.bitPattern, "\(actual) vs \(expected)")
        } else {
            #expect(value == c.value)
        }
    }

    @Test func nanResolves() throws {
        for text in [".nan", ".NaN", ".NAN"] {
            let node = try #require(try YAML.parseDocument(text, file: "s.yaml"))
            guard case .float(let f)? = node.scalarValue else {
                Issue.record("\(text) is \(String(describing: node.scalarValue))")
                continue
            }
            #expect(f.isNaN)
        }
        #expect(try YAML.parseDocument(".nAn", file: "s.yaml")?.scalarValue == .string(".nAn"))
    }

    static let unresolvable = [
        "v: ‸!!int abc\n", "v: ‸!!int 1.5\n", "v: ‸!!float abc\n", "v: ‸!!bool yes\n",
        "v: ‸!!null x\n", "v: ‸!!int 0x\n",
    ]

    @Test(arguments: unresolvable) func unresolvableExplicitTagIsALocatedError(source: String) {
        expectError(source, "is not a valid '!!")
    }

    @Test func accessorsAnswerOnlyForTheirKind() throws {
        let root = try #require(parse("s: text\nn: 3\nl: [1]\nm: {k: v}\n"))
        #expect(root["s"]?.string == "text")
        #expect(root["n"]?.string == nil)
        #expect(root["l"]?.sequence?.count == 1)
        #expect(root["l"]?.scalarValue == nil)
        #expect(root["l"]?.mapping == nil)
        #expect(root["m"]?["k"]?.string == "v")
        #expect(root["s"]?["k"] == nil)
        #expect(root["missing"] == nil)
    }
}
