import LREngine
import Testing

@testable import LRConfig

@Suite struct ParameterGroupMappingTests {
    @Test(arguments: [
        ("layer0.*", "layer0.weight", true), ("layer0.*", "layer10.weight", false),
        ("layer?.bias", "layer1.bias", true), ("layer?.bias", "layer12.bias", false),
        ("*.bias", "layer3.bias", true), ("*", "x", true), ("x", "x", true), ("x", "xy", false),
        ("*a*b", "aab", true), ("*a*b", "aba", false), ("", "", true), ("?", "", false),
    ])
    func globMatchesWholeNames(pattern: String, name: String, matches: Bool) {
        #expect(Glob(pattern).matches(name) == matches)
    }

    static func mlpParameters() -> ParameterSet {
        var set = ParameterSet()
        set.append(name: "layer0.weight", shape: [3, 2])
        set.append(name: "layer0.bias", shape: [3])
        set.append(name: "layer1.weight", shape: [1, 3])
        set.append(name: "layer1.bias", shape: [1])
        return set
    }

    /// First match wins; unmatched tensors form a last group with the optimizer's settings.
    @Test func firstMatchWinsAndTheRestKeepDefaults() throws {
        let groups = try ParameterGroups.make([
            .init(match: "layer0.*", lrScale: 0.1, weightDecay: nil),
            .init(match: "*.weight", lrScale: 2, weightDecay: 0),
        ], parameters: Self.mlpParameters())
        #expect(groups == [
            ParameterGroup(ranges: [0..<6, 6..<9], lrScale: 0.1),
            ParameterGroup(ranges: [9..<12], lrScale: 2, weightDecay: 0),
            ParameterGroup(ranges: [12..<13]),
        ])
    }

    @Test func aGlobMatchingNothingIsAnError() {
        #expect(throws: TrialError.self) {
            try ParameterGroups.make([.init(match: "layer7.*", lrScale: 1, weightDecay: nil)], parameters: Self.mlpParameters())
        }
    }

    @Test func noGroupsIsOneGroupOverEverything() throws {
        #expect(try ParameterGroups.make([], parameters: Self.mlpParameters()) == [ParameterGroup(ranges: [0..<13])])
    }
}
