import Testing
@testable import LRYAML

/// Conformance with the YAML test suite, over libyaml's raw events and the generic
/// (non-strict) composer; experiment files use the strict mode tested elsewhere.
@Suite struct YAMLTestSuiteTests {
    static let cases = SuiteCase.all()

    @Test func suiteIsPresent() {
        #expect(Self.cases.count > 300, "Tests/Fixtures/yaml-test-suite not found")
    }

    /// (a) libyaml's events, rendered in `test.event` notation, match the suite's.
    @Test func events() {
        var passed = 0, failed = 0, skipped = 0
        for c in Self.cases where !c.isError {
            guard let expected = c.events else { continue }
            let actual: String
            do {
                actual = EventNotation.render(try YAML.events(c.yaml, file: "in.yaml", limits: .suite))
            } catch {
                actual = "\(error)"
            }
            if LibYAMLDeviations.validInput[c.id] != nil {
                skipped += 1
                if actual == expected { Issue.record("\(c.id): passes, remove it from the skip list") }
            } else if actual == expected {
                passed += 1
            } else {
                failed += 1
                Issue.record("\(c.id): events differ\n--- expected\n\(expected)--- actual\n\(actual)")
            }
        }
        print("yaml-test-suite events: \(passed) passed / \(failed) failed / \(skipped) skipped")
    }

    /// (b) Documents converted to JSON values match `in.json`.
    @Test func json() throws {
        var passed = 0, failed = 0, skipped = 0
        for c in Self.cases where !c.isError {
            guard let jsonBytes = c.json else { continue }
            let expected = try JSONReader.values(jsonBytes)
            let skip = LibYAMLDeviations.validInput[c.id] != nil
            do {
                let docs = try YAML.parseStream(c.yaml, file: "in.yaml", limits: .suite, mode: .generic)
                let actual = docs.map(JSONValue.init)
                if skip {
                    skipped += 1
                    if actual == expected { Issue.record("\(c.id): passes, remove it from the skip list") }
                } else if actual == expected {
                    passed += 1
                } else {
                    failed += 1
                    Issue.record("\(c.id): json differs\nexpected \(expected)\nactual   \(actual)")
                }
            } catch {
                if skip { skipped += 1; continue }
                failed += 1
                Issue.record("\(c.id): rejected: \(error)")
            }
        }
        print("yaml-test-suite json: \(passed) passed / \(failed) failed / \(skipped) skipped")
    }

    /// (c) Every case marked `error` is rejected with a located error.
    @Test func errors() {
        var passed = 0, failed = 0, skipped = 0
        for c in Self.cases where c.isError {
            let skip = LibYAMLDeviations.invalidInput[c.id] != nil
            do {
                let docs = try YAML.parseStream(c.yaml, file: "in.yaml", limits: .suite, mode: .generic)
                if skip { skipped += 1; continue }
                failed += 1
                Issue.record("\(c.id): accepted, \(docs.count) document(s)")
            } catch {
                if skip {
                    skipped += 1
                    Issue.record("\(c.id): rejected now, remove it from the skip list")
                } else if error.mark.line >= 1, error.mark.column >= 1, !error.message.isEmpty {
                    passed += 1
                } else {
                    failed += 1
                    Issue.record("\(c.id): unlocated error \(error)")
                }
            }
        }
        print("yaml-test-suite errors: \(passed) passed / \(failed) failed / \(skipped) skipped")
    }
}

extension YAMLLimits {
    /// The suite's documents are small but some nest deeply on purpose.
    static let suite = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 256, maxNodes: 100_000)
}
