import Testing

@testable import LREngine

/// The step the elementwise optimizers share (`ElementwiseOptimizer`): the applied rate and the
/// hand-over of each segment with its own rate.
@Suite struct ElementwiseOptimizerTests {
    static let optimizers: [(name: String, optimizer: any Optimizer)] = [
        ("sgd", SGD(options: .torch(lr: 0.3, momentum: 0.9))), ("adagrad", Adagrad(options: .torch(lr: 0.3))),
        ("rmsprop", RMSprop(options: .torch(lr: 0.3, momentum: 0.5, centered: true))),
        ("adadelta", Adadelta(options: .torch(lr: 0.3))), ("adamax", Adamax(options: .torch(lr: 0.3))),
        ("nadam", NAdam(options: .torch(lr: 0.3))), ("sgd_hd", SGDHD(options: .torch(.torch(lr: 0.3)))),
    ]

    @Test func theAppliedRateIsTheOptionsUntilTheFirstStepThenTheScheduledOne() {
        for (name, optimizer) in Self.optimizers {
            var optimizer = optimizer
            #expect(optimizer.appliedLR == 0.3, "\(name)")
            var parameters: [Float] = [1, 2]
            optimizer.step(
                parameters: &parameters, gradients: [0.5, -0.5], lr: 0.1, momentum: nil,
                groups: [ParameterGroup(ranges: [0..<2])])
            #expect(optimizer.appliedLR == 0.1, "\(name)")
        }
    }

    /// A segment with rate factor 0 stays where it is; the others move exactly as without
    /// groups (the hypergradient variant is left out: its rate sums over the moving segments).
    @Test func eachSegmentMovesByItsOwnRate() {
        for (name, optimizer) in Self.optimizers where name != "sgd_hd" {
            var (grouped, plain) = (optimizer, optimizer)
            var (a, b): ([Float], [Float]) = ([1, 2, 3, 4], [1, 2, 3, 4])
            let gradients: [Float] = [0.5, -0.25, 0.75, -1]
            let frozen = [ParameterGroup(ranges: [0..<2], lrScale: 0), ParameterGroup(ranges: [2..<4])]
            for _ in 0..<3 {
                grouped.step(parameters: &a, gradients: gradients, lr: 0.1, momentum: nil, groups: frozen)
                plain.step(
                    parameters: &b, gradients: gradients, lr: 0.1, momentum: nil,
                    groups: [ParameterGroup(ranges: [0..<4])])
            }
            #expect(a[0..<2] == [1, 2], "\(name)")
            #expect(a[2...] == b[2...], "\(name)")
            #expect(b[0..<2] != [1, 2], "\(name)")
        }
    }
}
