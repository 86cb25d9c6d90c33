import Testing
@testable import LRYAML

@Suite struct LimitTests {
    /// Ten levels of ten aliases each: 10^10 nodes if expanded.
    static let billionLaughs: String = {
        var s = "l0: &l0 [" + Array(repeating: "lol", count: 10).joined(separator: ", ") + "]\n"
        for level in 1..<10 {
            let refs = Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ")
            s += "l\(level): &l\(level) [\(refs)]\n"
        }
        return s
    }()

    @Test func aliasBombIsRejected() throws {
        do {
            _ = try YAML.parseDocument(Self.billionLaughs, file: "bomb.yaml")
            Issue.record("alias bomb accepted")
        } catch {
            #expect(error.message == "alias expansion exceeds 1000000 nodes")
            // l5 is the first level past a million nodes (1 + 10 * 111_111 each).
            #expect(error.mark.line == 6)
        }
    }

    @Test func aliasesWithinTheLimitExpand() throws {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 64, maxNodes: 20_000)
        let text = Self.billionLaughs.split(separator: "\n").prefix(4).joined(separator: "\n")
        let root = try #require(try YAML.parseDocument(text, file: "ok.yaml", limits: limits))
        #expect(root["l3"]?.sequence?.first?.sequence?.first?.sequence?.count == 10)
    }

    @Test func depthBombIsRejected() {
        let source = String(repeating: "[", count: 64) + "‸" + String(repeating: "[", count: 10_000 - 64)
        expectError(source, "nesting deeper than 64 levels")
    }

    @Test func aliasThatWouldNestTooDeepIsRejected() {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 4, maxNodes: 1000)
        expectError("a: &a [[[1]]]\nb: [‸*a]\n", "alias '*a' nests deeper than 4 levels", limits: limits)
    }

    @Test func tooManyNodesWithoutAliases() {
        let limits = YAMLLimits(maxInputBytes: 1 << 20, maxDepth: 64, maxNodes: 5)
        expectError("[1, 2, 3, 4, ‸5]\n", "document exceeds 5 nodes", limits: limits)
    }

    @Test func oversizeInputIsRejectedBeforeParsing() {
        let limits = YAMLLimits(maxInputBytes: 100, maxDepth: 64, maxNodes: 1000)
        let source = "‸" + String(repeating: "# c\n", count: 26)
        expectError(source, "input is 104 bytes, more than the limit of 100", limits: limits)
    }
}
