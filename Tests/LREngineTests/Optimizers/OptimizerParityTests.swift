import Testing

@testable import LREngine
import LRTestSupport

/// Trajectories against `Tests/Fixtures/reference/torch-optimizers.json`, produced by PyTorch in
/// float32: `grads[i]` is applied at step i and `params[i]` is the result.
@Suite struct OptimizerParityTests {
    static let file = "torch-optimizers.json"

    @Test func referenceFileHasEveryCase() {
        #expect(Reference.caseIDs(Self.file).count == 13)
    }

    @Test(arguments: Reference.caseIDs(file))
    func matchesPyTorch(id: String) throws {
        let reference = try #require(Reference.case(Self.file, id: id))
        let spec = try #require(reference["lrlab"])
        var optimizer = try #require(makeOptimizer(spec), "no optimizer for \(spec)")
        let lr = try #require(spec["lr"]?.double)
        var parameters = try #require(reference["x0"]?.doubles).map(Float.init)
        let gradients = try #require(reference["grads"]?.array).map { $0.doubles ?? [] }
        let expected = try #require(reference["params"]?.array).map { $0.doubles ?? [] }
        #expect(gradients.count == expected.count && !gradients.isEmpty)
        let groups = [ParameterGroup(ranges: [0..<parameters.count])]
        var worst = 0.0
        for (step, gradient) in gradients.enumerated() {
            optimizer.step(
                parameters: &parameters, gradients: gradient.map(Float.init), lr: lr,
                momentum: nil, groups: groups)
            #expect(expected[step].count == parameters.count)
            for (actual, wanted) in zip(parameters, expected[step]) {
                let ok = isClose(Double(actual), wanted, rtol: 1e-4, atol: 1e-6)
                #expect(ok, "\(id) step \(step): \(actual) vs \(wanted)")
                if !ok { return }
                // The share of the tolerance used; below 1 passes.
                worst = max(worst, abs(Double(actual) - wanted) / (1e-6 + 1e-4 * abs(wanted)))
            }
        }
        print("\(id): largest share of the tolerance used \(worst)")
    }
}
