import Testing
@testable import LREngine

@Suite("Model table")
struct ModelSpecTests {
    static func network(_ model: any Model) -> DenseNetwork? { model as? DenseNetwork }

    @Test func defaultsByTask() throws {
        let logistic2 = Self.network(try ModelSpec.logistic.build(features: 4, task: .classification(classes: 2)))
        #expect(logistic2?.outputCount == 1)
        #expect(logistic2?.loss == .binaryCrossEntropy)
        let logistic3 = Self.network(try ModelSpec.logistic.build(features: 4, task: .classification(classes: 3)))
        #expect(logistic3?.outputCount == 3)
        #expect(logistic3?.loss == .crossEntropy)
        let linear = Self.network(try ModelSpec.linear.build(features: 4, task: .regression(outputs: 2)))
        #expect(linear?.widths == [4, 2])
        let mlp = Self.network(try ModelSpec.mlp(hidden: [8, 6], activation: .gelu).build(features: 4, task: .classification(classes: 2)))
        #expect(mlp?.widths == [4, 8, 6, 2])
        #expect(mlp?.loss == .crossEntropy)
        #expect(mlp?.activation == .gelu)
        let regression = Self.network(try ModelSpec.mlp(hidden: [3], activation: .tanh).build(features: 5, task: .regression(outputs: 1)))
        #expect(regression?.widths == [5, 3, 1])
        #expect(regression?.loss == .mse)
    }

    @Test func explicitLoss() throws {
        let binary = Self.network(try ModelSpec.mlp(hidden: [3], activation: .relu).build(
            features: 2, task: .classification(classes: 2), loss: .binaryCrossEntropy))
        #expect(binary?.outputCount == 1)
        let softmax2 = Self.network(try ModelSpec.logistic.build(
            features: 2, task: .classification(classes: 2), loss: .crossEntropy))
        #expect(softmax2?.outputCount == 2)
        #expect(softmax2?.loss == .crossEntropy)
        let mseClasses = Self.network(try ModelSpec.mlp(hidden: [3], activation: .relu).build(
            features: 2, task: .classification(classes: 4), loss: .mse))
        #expect(mseClasses?.outputCount == 4)
    }

    @Test func functionModels() throws {
        let model = try ModelSpec.function(name: "quadratic", start: [1, 2], scales: [1, 3])
            .build(features: 0, task: .regression(outputs: 1))
        #expect(model is FunctionModel)
        #expect(model.parameters.values == [1, 2])
    }

    @Test func mismatchesThrow() {
        #expect(throws: ModelError.self) { try ModelSpec.linear.build(features: 2, task: .classification(classes: 2)) }
        #expect(throws: ModelError.self) { try ModelSpec.logistic.build(features: 2, task: .regression(outputs: 1)) }
        #expect(throws: ModelError.self) {
            try ModelSpec.mlp(hidden: [2], activation: .relu).build(features: 2, task: .regression(outputs: 1), loss: .crossEntropy)
        }
        #expect(throws: ModelError.self) {
            try ModelSpec.mlp(hidden: [2], activation: .relu).build(features: 2, task: .classification(classes: 3), loss: .binaryCrossEntropy)
        }
        #expect(throws: ModelError.self) { try ModelSpec.logistic.build(features: 2, task: .classification(classes: 1)) }
        #expect(throws: ModelError.self) {
            try ModelSpec.function(name: "beale", start: [1], scales: nil).build(features: 0, task: .regression(outputs: 1))
        }
    }
}
