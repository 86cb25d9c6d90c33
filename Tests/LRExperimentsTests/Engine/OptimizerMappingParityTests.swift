import Foundation
import LREngine
import Testing

@testable import LRConfig
import LRTestSupport

/// Optimizers built from experiment files against `Tests/Fixtures/reference/torch-optimizers.json`
/// (PyTorch, float32): each case's `lrlab` fragment is written as the file's `optimizer:`,
/// loaded and mapped as a run maps it, then `grads[i]` is applied at step i from `x0` and the
/// parameters must equal `params[i]`.
@Suite struct OptimizerMappingParityTests {
    static let file = "torch-optimizers.json"

    @Test func referenceFileHasCases() {
        #expect(Reference.caseIDs(Self.file).count == 13)
    }

    @Test(arguments: Reference.caseIDs(file))
    func matchesPyTorchThroughDecoding(id: String) throws {
        let reference = try #require(Reference.case(Self.file, id: id))
        let x0 = reference["x0"]?.doubles ?? []
        let gradients = reference["grads"]?.rows ?? []
        let expected = reference["params"]?.rows ?? []
        #expect(!gradients.isEmpty && gradients.count == expected.count)
        let files = try TempFiles()
        let text = """
            version: 1
            name: parity
            model: {kind: function, name: quadratic, start: \(try #require(reference["x0"]).flow)}
            optimizer: \(try #require(reference["lrlab"]).flow)
            train: {steps: \(gradients.count)}

            """
        let experiment = try #require(try ExperimentText.load(text, files: files))
        var optimizer = try OptimizerRegistry.make(experiment.optimizer)
        var parameters = x0.map(Float.init)
        var set = ParameterSet()
        set.append(name: "x", shape: [parameters.count])
        let groups = try ParameterGroups.make(experiment.optimizer.paramGroups, parameters: set)
        var worst = 0.0
        for (step, gradient) in gradients.enumerated() {
            optimizer.step(
                parameters: &parameters, gradients: gradient.map(Float.init), lr: experiment.optimizer.lr,
                momentum: nil, groups: groups)
            #expect(expected[step].count == parameters.count)
            for (actual, wanted) in zip(parameters, expected[step]) {
                let ok = isClose(Double(actual), wanted, rtol: 1e-4, atol: 1e-6)
                #expect(ok, "\(id) step \(step): \(actual) vs \(wanted)")
                if !ok { return }
                worst = max(worst, abs(Double(actual) - wanted) / (1e-6 + 1e-4 * abs(wanted)))
            }
        }
        print("optimizer \(id): largest share of the tolerance used \(worst)")
    }

    /// Every optimizer kind is listed once, and keys reach the engine's options.
    @Test func everyKindIsRegisteredOnce() throws {
        #expect(Set(OptimizerKinds.names).count == OptimizerKinds.all.count)
        for name in OptimizerKinds.names {
            #expect(OptimizerKinds.named(name)?.name == name, "\(name)")
        }
    }

    @Test func betasAndHypergradientRateReachTheEngine() throws {
        let files = try TempFiles()
        let base = "version: 1\nname: keys\nmodel: {kind: function, name: quadratic, start: [1]}\ntrain: {steps: 1}\n"
        let adam = try #require(try ExperimentText.load(
            base + "optimizer: {kind: adam_hd, lr: 0.01, betas: [0.8, 0.95], eps: 1.0e-6, hypergradient_lr: 1.0e-4, amsgrad: true}\n",
            files: files))
        let built = try #require(try OptimizerRegistry.make(adam.optimizer) as? AdamHD)
        #expect(built.options == AdamHD.Options(
            AdamOptions(lr: 0.01, beta1: 0.8, beta2: 0.95, eps: 1e-6, weightDecay: 0, amsgrad: true),
            hypergradientLR: 1e-4))
        let sgd = try #require(try ExperimentText.load(
            base + "optimizer: {kind: sgd_hd, lr: 0.1, momentum: 0.5, dampening: 0.1, weight_decay: 0.01, hypergradient_lr: 0.002}\n",
            files: files, name: "sgd.yaml"))
        let builtSGD = try #require(try OptimizerRegistry.make(sgd.optimizer) as? SGDHD)
        #expect(builtSGD.options == SGDHD.Options(
            SGD.Options(lr: 0.1, momentum: 0.5, dampening: 0.1, weightDecay: 0.01, nesterov: false),
            hypergradientLR: 0.002))
        let adagrad = try #require(try ExperimentText.load(
            base + "optimizer: {kind: adagrad, lr: 0.1, lr_decay: 0.01, initial_accumulator_value: 0.5}\n",
            files: files, name: "adagrad.yaml"))
        let builtAdagrad = try #require(try OptimizerRegistry.make(adagrad.optimizer) as? Adagrad)
        #expect(builtAdagrad.options == Adagrad.Options(
            lr: 0.1, lrDecay: 0.01, weightDecay: 0, initialAccumulatorValue: 0.5, eps: 1e-10))
    }
}
