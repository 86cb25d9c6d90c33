import Foundation
@testable import LRConfig
import LRExperimentsTestSupport
import LRTestSupport
import Testing

/// `schemas/bundle.schema.json` describes what the writer writes, and rejects what it must not.
@Suite struct BundleSchemaTests {
    @Test(arguments: ["bundle.json", "metrics.json", "summary.json", "provenance.json"])
    func writtenFilesConform(_ name: String) throws {
        let files = try TempFiles()
        let (directory, _) = try BundleWriterTests.written(files)
        let value = try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent(name))))
        let schema = try SchemaCheck.bundleSchema()
        #expect(schema.errors(value) == [])
        // Each file matches its own definition.
        let definition = ["bundle.json": "bundle", "metrics.json": "metrics", "summary.json": "summary",
                          "provenance.json": "provenance"][name] ?? ""
        #expect(schema.errors(value, schema: .object([("$ref", .string("#/$defs/\(definition)"))])) == [])
    }

    @Test func missingOrExtraKeysAndBadValuesAreRejected() throws {
        let files = try TempFiles()
        let (directory, _) = try BundleWriterTests.written(files)
        let schema = try SchemaCheck.bundleSchema()
        let manifest = try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent("bundle.json"))))
        guard case .object(let members) = manifest else { Issue.record("not an object"); return }
        for index in members.indices {
            var fewer = members
            fewer.remove(at: index)
            #expect(!schema.errors(.object(fewer)).isEmpty, "without \(members[index].0)")
        }
        #expect(!schema.errors(.object(members + [("extra", .null)])).isEmpty)
        var badHash = members
        badHash[3].1 = .string("ABC")
        #expect(!schema.errors(.object(badHash)).isEmpty)
        let metrics = try JSONValue.parse(Array(try Data(contentsOf: directory.appendingPathComponent("metrics.json"))))
        let badStatus = try JSONValue.parse(metrics.pretty().replacingOccurrences(of: "\"status\": \"ok\"", with: "\"status\": \"fine\""))
        #expect(!schema.errors(badStatus).isEmpty)
    }
}
