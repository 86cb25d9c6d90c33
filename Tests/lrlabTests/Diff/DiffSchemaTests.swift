import Foundation
@testable import LRBundle
@testable import LRConfig
import LRExperimentsTestSupport
import LRTestSupport
import Testing

/// `lrlab diff --format json` conforms to `schemas/diff.schema.json`.
@Suite struct DiffSchemaTests {
    static func schema() throws -> SchemaCheck {
        let path = TestPaths.packageRoot + "/schemas/diff.schema.json"
        return SchemaCheck(root: try JSONValue.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path)))))
    }

    @Test(arguments: [
        (["HEAD~1"], DiffOptions()), (["HEAD~1"], DiffOptions(all: true, precision: 2)),
        (["HEAD", "HEAD~1"], DiffOptions(atol: 0.01, rtol: 0.1)), (["HEAD", "HEAD"], DiffOptions()),
    ])
    func outputConforms(arguments: [String], options: DiffOptions) throws {
        let repo = try DiffRepository.shared.get()
        let out = repo.diff(arguments, options, format: .json)
        let json = try JSONValue.parse(Array(out.stdout.utf8))
        #expect(try Self.schema().errors(json) == [])
    }

    @Test func schemaRejectsAnUnknownKey() throws {
        let repo = try DiffRepository.shared.get()
        let json = try JSONValue.parse(Array(repo.diff(["HEAD~1"], format: .json).stdout.utf8))
        guard case .object(var members) = json else { Issue.record("not an object"); return }
        members.append(("extra", .null))
        #expect(try Self.schema().errors(.object(members)) != [])
    }
}
