import LREngine
import Testing
@testable import LRConfig

/// End-to-end accuracy on the bundled real datasets: an MLP with one hidden layer of 64 ReLU
/// units, Adam at a constant rate, 30 epochs, batch 32, a 85 % / 15 % train/test split,
/// standardised features, PyTorch's `nn.Linear` default initialisation, averaged over 5 seeds.
///
/// The thresholds sit a little below scikit-learn 1.9's `MLPClassifier(hidden_layer_sizes=(64,),
/// solver='adam', batch_size=32, max_iter=30)` at the same rates (mean test accuracy 0.972 on
/// digits, 0.979 on breast_cancer, 0.948 on iris), leaving room for different random draws.
/// Slow in debug builds; run with `swift test -c release -Xswiftc -enable-testing`.
@Suite("real data accuracy")
struct RealDataAccuracyTests {
    /// `nn.Linear`'s default: `kaiming_uniform_(a=√5)` weights, i.e. U(±1/√fan_in), and
    /// U(±1/√fan_in) biases.
    static let torchLinearDefault = InitializationSpec(
        weights: HeUniform(gain: (1.0 / 3).squareRoot()), bias: .uniformFanIn)

    /// Test accuracy of one seed's run.
    static func testAccuracy(_ source: BuiltinDataset, lr: Double, seed: UInt64) throws -> Double {
        let dataset = try source.load().dataset
        var splitStream = RandomStream(root: seed, name: "split")
        let fractions = try SplitFractions(train: 0.85, validation: 0, test: 0.15)
        let split = try DatasetSplit(dataset, fractions: fractions, stream: &splitStream).standardized().split
        let classes = try #require(dataset.task.classCount)
        var model = try DenseNetwork.mlp(
            inputs: dataset.features.columns, hidden: [64], outputs: classes, activation: .relu, loss: .crossEntropy)
        var initStream = RandomStream(root: seed, name: "init")
        try initialize(&model.parameters, with: torchLinearDefault, stream: &initStream)
        var trainer = try Trainer(
            model: model, optimizer: Adam(options: .init(lr: lr, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false)), schedule: ConstantSchedule(baseLR: lr),
            options: TrainingOptions(length: .epochs(30), batchSize: 32))
        let result = try trainer.train(on: split, shuffle: RandomStream(root: seed, name: "shuffle"))
        #expect(result.status == .ok)
        #expect(result.steps.count == 30 * ((split.train.count + 31) / 32))
        return try #require(result.test?.accuracy)
    }

    @Test(arguments: [
        (BuiltinDataset.digits, 1e-3, 0.95),
        (.breastCancer, 1e-3, 0.95),
        (.iris, 1e-2, 0.92),
    ])
    func meanTestAccuracyOverFiveSeeds(_ source: BuiltinDataset, lr: Double, threshold: Double) throws {
        let accuracies = try (1...5).map { try Self.testAccuracy(source, lr: lr, seed: UInt64($0)) }
        let mean = accuracies.reduce(0, +) / Double(accuracies.count)
        let shown = accuracies.map { String(Int(($0 * 1000).rounded())) }.joined(separator: " ")
        print("\(source.name) lr \(lr): test accuracy per seed (‰) \(shown), mean \(mean)")
        #expect(mean >= threshold)
    }
}
