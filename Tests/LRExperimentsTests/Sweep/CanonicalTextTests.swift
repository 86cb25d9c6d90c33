import LRYAML
import Testing
@testable import LRConfig

@Suite struct CanonicalTextTests {
    static func node(_ yaml: String) throws -> ConfigNode {
        var diagnostics: [Diagnostic] = []
        let parsed = try #require(try YAML.parseDocument(yaml, file: "t.yaml"))
        return ConfigNode.wrap(parsed, file: "t.yaml", diagnostics: &diagnostics)
    }

    @Test(arguments: [
        ("1.0e-3", "0.001"), ("0x1F", "31"), ("1e+20", "1e+20"), (".inf", ".inf"), ("adam", "adam"),
        ("'true'", "\"true\""), ("\"0.1\"", "\"0.1\""), ("'layer0.*'", "\"layer0.*\""), ("null", "null"),
        ("[64, 64]", "[64, 64]"), ("{b: 1, a: [x, 'y z']}", "{a: [x, \"y z\"], b: 1}"), ("'a\"b'", "\"a\\\"b\""),
    ])
    func canonicalForm(yaml: String, expected: String) throws {
        #expect(try Self.node(yaml).canonicalText == expected)
    }

    @Test func mappingKeyOrderDoesNotMatter() throws {
        #expect(try Self.node("{kind: sgd, lr: 0.1}").canonicalText == Self.node("{lr: 0.1, kind: sgd}").canonicalText)
    }
}
