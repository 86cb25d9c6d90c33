import Testing
@testable import LRYAML

@Suite struct InputTests {
    @Test(arguments: ["", "# only a comment\n", "\n\n  \n", "# a\n# b"])
    func emptyStreamHasNoDocument(source: String) throws {
        #expect(try YAML.parseDocument(source, file: "e.yaml") == nil)
        #expect(try YAML.parseStream(source, file: "e.yaml").isEmpty)
    }

    @Test func secondDocumentIsRejectedAtItsStart() {
        expectError("a: 1\n‸---\nb: 2\n", "multiple documents are not supported in an experiment file")
        expectError("---\na: 1\n...\n‸---\nb: 2\n", "multiple documents")
    }

    @Test func streamKeepsEveryDocument() throws {
        let docs = try YAML.parseStream("a: 1\n---\nb: 2\n--- 3\n", file: "s.yaml")
        #expect(docs.count == 3)
        #expect(docs[2].scalarValue == .int(3))
        #expect(docs[1].mark == Mark(line: 3, column: 1))
    }

    @Test func tabIndentationIsAReadableLocatedError() {
        expectError("model:\n‸\tkind: mlp\n", "tab characters are not allowed for indentation")
        expectError("a:\n  b: 1\n‸\t c: 2\n", "tab characters are not allowed for indentation")
    }

    @Test func syntaxErrorsAreLocatedAtLibyamlsProblemMark() {
        expectError("a: [1, 2\n‸", "did not find expected ',' or ']'")
        expectError("a: 1\n  b‸: 2\n", "mapping values are not allowed in this context")
        expectError("a: \"open\n‸", "found unexpected end of stream (while scanning a quoted scalar at 1:4)")
        expectError("‸@x: 1\n", "found character that cannot start any token")
        expectError("a: !<x‸ y\n", "did not find the expected '>' (while scanning a tag at 1:4)")
    }

    @Test func invalidUTF8IsLocated() throws {
        var bytes = Array("a: 1\nbé: ".utf8)
        bytes += [0xC3, 0x28, 0x0A]
        do {
            _ = try YAML.parseDocument(bytes, file: "u.yaml")
            Issue.record("invalid utf-8 accepted")
        } catch {
            // libyaml points at the offending byte: the bad trailing octet after `é: \xC3`.
            #expect(error.mark == Mark(line: 2, column: 6))
            #expect(error.message == "input is not valid utf-8 (invalid trailing utf-8 octet 0x28)")
        }
    }

    @Test func nulByteIsRejectedAsBinary() throws {
        let bytes = Array("a: 1\nb: x".utf8) + [0] + Array("y\n".utf8)
        do {
            _ = try YAML.parseDocument(bytes, file: "n.yaml")
            Issue.record("nul byte accepted")
        } catch {
            #expect(error.mark == Mark(line: 2, column: 5))
            #expect(error.message == "input contains a nul byte; is this a binary file?")
        }
    }

    @Test func binaryGarbageIsRejectedReadably() throws {
        // A PNG header: high bytes, control characters, no NUL before the first bad byte.
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D]
        // A UTF-16 byte-order mark would otherwise make libyaml decode "AB" as one CJK character.
        let utf16: [UInt8] = [0xFE, 0xFF, 0x41, 0x42]
        for input in [bytes, Array(bytes.prefix(8)), [0x61, 0x07, 0x62], utf16] {
            do {
                _ = try YAML.parseDocument(input, file: "b.bin")
                Issue.record("binary accepted: \(input)")
            } catch {
                #expect(
                    error.message.contains("binary") || error.message.contains("utf-8"), "\(error)")
                #expect(error.mark.line >= 1 && error.mark.column >= 1)
            }
        }
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let root = try YAML.parseDocument([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), file: "bom.yaml")
        #expect(root?["a"]?.scalarValue == .int(1))
    }
}
