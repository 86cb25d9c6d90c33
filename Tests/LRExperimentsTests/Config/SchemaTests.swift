import LRConfig
import Testing

/// The committed JSON Schema is exactly the generator's output.
/// Regenerate after changing a key table: `swift run lrlab schema > schemas/experiment.schema.json`.
@Suite struct SchemaTests {
    @Test func committedSchemaIsUpToDate() throws {
        let path = "\(Fixtures.packageRoot)/schemas/experiment.schema.json"
        let data = try #require(FileManager.default.contents(atPath: path))
        let committed = String(decoding: data, as: UTF8.self)
        #expect(committed == ExperimentSchema.generate(), "regenerate with: swift run lrlab schema > schemas/experiment.schema.json")
    }

    /// The reference in docs/ is generated from the same tables.
    @Test func committedReferenceIsUpToDate() throws {
        let path = "\(Fixtures.packageRoot)/docs/experiment-file.md"
        let data = try #require(FileManager.default.contents(atPath: path))
        #expect(
            String(decoding: data, as: UTF8.self) == ExperimentReference.markdown(),
            "regenerate with: swift run lrlab schema --format markdown > docs/experiment-file.md")
    }

    @Test func referenceNamesEveryKindOfEveryFamily() {
        let text = ExperimentReference.markdown()
        for name in ["sgd_hd", "one_cycle", "entropy_gain", "breast_cancer", "log_uniform", "pbt"] {
            #expect(text.contains("`\(name)`"), "missing \(name)")
        }
    }

    @Test func schemaIsDeterministicJSON() throws {
        let text = ExperimentSchema.generate()
        #expect(text == ExperimentSchema.generate())
        #expect(text.hasSuffix("}\n"))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
        #expect(object?["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(object?["additionalProperties"] as? Bool == false)
    }
}

import Foundation
