import Foundation
import Testing

/// `--format json` on show, plan, check and lr-find: one JSON document naming its format
/// (`.ci/output-schemas.py` validates them against `schemas/output.schema.json`).
@Suite struct JSONOutputTests {
    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func showPlanAndCheckPrintJSON() throws {
        let scratch = try Scratch()
        try scratch.write("experiments/diverging.yaml", RunCommandTests.diverging)
        let plan = try Self.object(try LRLabBinary.run(["plan", "experiments/diverging.yaml", "--format", "json"], in: scratch.path).stdout)
        #expect(plan["format"] as? String == "lrlab.plan/1")
        #expect(plan["total"] as? Int == 3 && plan["cached"] as? Int == 0)
        let trials = try #require(plan["trials"] as? [[String: Any]])
        #expect((trials.first?["parameters"] as? [String: Any])?["optimizer.lr"] as? Double == 0.01)

        #expect(try LRLabBinary.run(["run", "experiments/diverging.yaml", "--quiet"], in: scratch.path).status == 0)
        let show = try Self.object(try LRLabBinary.run(["show", "results/e2e-diverging", "--format", "json"], in: scratch.path).stdout)
        #expect(show["format"] as? String == "lrlab.show/1" && show["trials"] as? Int == 3)
        #expect((show["summary"] as? [String: Any])?["configurations"] is [String: Any])

        let check = try LRLabBinary.run(["check", "--format", "json"], in: scratch.path)
        #expect(check.status == 0, "\(check.stderr)")
        let checked = try Self.object(check.stdout)
        #expect(checked["format"] as? String == "lrlab.check/1" && checked["reproduced"] as? Int == 1)
    }
}
