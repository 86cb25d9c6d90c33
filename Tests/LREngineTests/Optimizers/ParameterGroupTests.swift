import Testing

@testable import LREngine
import LRTestSupport

/// Per-group rate factors and weight decay. Every element-wise optimizer is separable, so a
/// group must behave exactly like a separate optimizer with the group's settings.
@Suite struct ParameterGroupTests {
    static let kinds = [
        "sgd", "adagrad", "rmsprop", "adam", "adamw", "nadam", "adamax", "adadelta",
    ]
    static let start: [Float] = [0.5, -1.2, 0.3, 2.0, -0.7, 1.1]

    /// A fixed, deterministic gradient sequence (a quadratic plus a drift).
    static func gradient(_ x: [Float], step: Int) -> [Float] {
        x.enumerated().map { i, v in Float(i + 1) * v + 0.1 * Float((step * 7 + i * 3) % 5 - 2) }
    }

    static func spec(_ kind: String, lr: Double, weightDecay: Double) -> ReferenceValue {
        var fields: [String: ReferenceValue] = [
            "kind": .string(kind), "lr": .number(lr), "weight_decay": .number(weightDecay),
        ]
        if kind == "sgd" || kind == "rmsprop" { fields["momentum"] = .number(0.9) }
        return .object(fields)
    }

    static func run(
        _ optimizer: inout any Optimizer, lr: Double, groups: [ParameterGroup], steps: Int = 25
    ) -> [Float] {
        var x = start
        for step in 0..<steps {
            optimizer.step(
                parameters: &x, gradients: gradient(x, step: step), lr: lr, momentum: nil,
                groups: groups)
        }
        return x
    }

    @Test(arguments: kinds)
    func zeroScaleFreezesARange(kind: String) throws {
        var optimizer = try #require(makeOptimizer(Self.spec(kind, lr: 0.05, weightDecay: 0.01)))
        let groups = [ParameterGroup(ranges: [1..<3], lrScale: 0), ParameterGroup(ranges: [0..<6])]
        let x = Self.run(&optimizer, lr: 0.05, groups: groups)
        #expect(x[1] == Self.start[1] && x[2] == Self.start[2])
        #expect(x[0] != Self.start[0] && x[5] != Self.start[5])
    }

    @Test(arguments: kinds)
    func groupScaleAndDecayActLikeASeparateOptimizer(kind: String) throws {
        let lr = 0.05
        var grouped = try #require(makeOptimizer(Self.spec(kind, lr: lr, weightDecay: 0)))
        // Indices 0..<3: half the rate and decay 0.2; 3..<6 unclaimed: defaults.
        let groups = [ParameterGroup(ranges: [0..<3], lrScale: 0.5, weightDecay: 0.2)]
        let x = Self.run(&grouped, lr: lr, groups: groups)

        var decayed = try #require(makeOptimizer(Self.spec(kind, lr: lr * 0.5, weightDecay: 0.2)))
        let all = [ParameterGroup(ranges: [0..<6])]
        let expectedHead = Self.run(&decayed, lr: lr * 0.5, groups: all)
        var plain = try #require(makeOptimizer(Self.spec(kind, lr: lr, weightDecay: 0)))
        let expectedTail = Self.run(&plain, lr: lr, groups: all)

        #expect(Array(x[0..<3]) == Array(expectedHead[0..<3]))
        #expect(Array(x[3..<6]) == Array(expectedTail[3..<6]))
        #expect(x[0] != expectedTail[0])  // the group's settings really changed something
    }

    @Test func segmentsFollowFirstMatchAndFillGaps() {
        var segments = ParameterSegments()
        let groups = [
            ParameterGroup(ranges: [2..<5], lrScale: 0.1),
            ParameterGroup(ranges: [0..<3, 8..<20], lrScale: 2, weightDecay: 0.5),
        ]
        segments.update(groups: groups, count: 10, weightDecay: 0.01)
        typealias S = ParameterSegments.Segment
        #expect(
            segments.segments == [
                S(range: 0..<2, lrScale: 2, weightDecay: 0.5),
                S(range: 2..<5, lrScale: 0.1, weightDecay: 0.01),
                S(range: 5..<8, lrScale: 1, weightDecay: 0.01),
                S(range: 8..<10, lrScale: 2, weightDecay: 0.5),
            ])
    }

    @Test func cycledMomentumReplacesTheConfiguredOne() throws {
        // SGD with momentum 0.5 overridden to 0.9 every step equals SGD built with 0.9;
        // likewise Adam's β₁.
        let all = [ParameterGroup(ranges: [0..<6])]
        for (kind, key) in [("sgd", "momentum"), ("rmsprop", "momentum"), ("adam", "betas")] {
            func spec(_ value: Double) -> ReferenceValue {
                .object([
                    "kind": .string(kind), "lr": .number(0.01),
                    key: key == "betas"
                        ? .array([.number(value), .number(0.999)]) : .number(value),
                ])
            }
            var overridden = try #require(makeOptimizer(spec(0.5)))
            var built = try #require(makeOptimizer(spec(0.9)))
            var x = Self.start
            var y = Self.start
            for step in 0..<20 {
                overridden.step(
                    parameters: &x, gradients: Self.gradient(x, step: step), lr: 0.01,
                    momentum: 0.9,
                    groups: all)
                built.step(
                    parameters: &y, gradients: Self.gradient(y, step: step), lr: 0.01,
                    momentum: nil,
                    groups: all)
            }
            #expect(x == y, "\(kind)")
        }
    }
}
