import Testing
@testable import LRConfig

@Suite struct JSONParserTests {
    @Test func parsesEveryKindOfValueKeepingKeyOrder() throws {
        let value = try JSONValue.parse(#"{"b": [1, 2.5, -0.0, 1e-05, true, false, null], "a": "x\u00e9\ud83d\ude00\n"}"#)
        #expect(value.objectValue?.map(\.0) == ["b", "a"])
        #expect(value["b"] == .array([.integer(1), .number(2.5), .number(-0.0), .number(1e-05), .bool(true), .bool(false), .null]))
        #expect(value["a"]?.stringValue == "xé😀\n")
    }

    /// What `pretty()` writes reads back to the same value, Doubles bit for bit.
    @Test(arguments: [0.1, 1.0 / 3.0, Double.leastNonzeroMagnitude, 1.7976931348623157e308, -2.2250738585072014e-308, 123456789.0, 1e22])
    func doublesRoundTrip(_ x: Double) throws {
        let text = JSONValue.array([.number(x)]).pretty()
        let back = try JSONValue.parse(text)
        #expect(back.arrayValue?.first?.doubleValue?.bitPattern == x.bitPattern)
    }

    @Test func integersAndNumbersStayApart() throws {
        #expect(try JSONValue.parse("1") == .integer(1))
        #expect(try JSONValue.parse("1.0") == .number(1.0))
        #expect(try JSONValue.parse("1e2") == .number(100))
        // Too large for Int: a Double.
        #expect(try JSONValue.parse("18446744073709551616") == .number(18446744073709551616.0))
    }

    @Test(arguments: [
        ("", "1:1: unexpected end of input"),
        ("[1,]", "1:4: unexpected character ']'"),
        ("{\"a\": 1,}", "1:9: expected a string key"),
        ("{\"a\": 1, \"a\": 2}", "1:10: duplicate key \"a\""),
        ("01", "1:2: leading zeros are not allowed"),
        ("NaN", "1:1: unexpected character 'N'"),
        ("[1] x", "1:5: unexpected text after the value"),
        ("\"a\tb\"", "1:3: control character 0x9 in a string"),
        ("\"\\ud800\"", "1:8: unpaired surrogate escape"),
        ("// c\n1", "1:1: unexpected character '/'"),
        ("[\n  1,\n  tru]", "3:3: unexpected text; expected 'true'"),
        ("1e999", "1:1: number 1e999 is out of range"),
        ("\"\\x\"", "1:2: invalid escape '\\x'"),
    ])
    func rejectsWhatIsNotStrictJSON(_ input: String, _ message: String) {
        #expect(throws: JSONParseError.self) { try JSONValue.parse(input) }
        do {
            _ = try JSONValue.parse(input)
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func rejectsInvalidUTF8() {
        #expect(throws: JSONParseError.self) { try JSONValue.parse([0x22, 0xFF, 0x22]) }
    }

    @Test func rejectsDeepNesting() {
        let deep = String(repeating: "[", count: 300) + String(repeating: "]", count: 300)
        #expect(throws: JSONParseError.self) { try JSONValue.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONValue.parse(fine) }
    }

    @Test func readerNamesTheKeyPath() throws {
        let root = JSONReader(try JSONValue.parse(#"{"files": [{"path": "a", "size": "7"}]}"#))
        let file = try root.items("files")[0]
        #expect(try file.string("path") == "a")
        #expect(throws: JSONShapeError(path: "files[0].size", message: "expected an integer")) { try file.int("size") }
        #expect(throws: JSONShapeError(path: "files[0].sha256", message: "missing")) { try file.string("sha256") }
    }

    @Test func nonFiniteDoublesAreStrings() throws {
        #expect(JSONValue.double(.infinity) == .string("inf"))
        #expect(JSONValue.double(-.infinity).doubleValue == -.infinity)
        #expect(JSONValue.double(.nan).doubleValue?.isNaN == true)
        #expect(JSONValue.double(2.5) == .number(2.5))
    }
}
