import Testing
@testable import LREngine

/// Without clipping, Adam and AdamW sum the gradient norm inside their update loop. A bound no
/// norm reaches sends the same training through the separate sum and `clipGradientNorm`
/// instead, which must give the same records and parameters bit for bit, on every path.
@Suite("Gradient norm folded into the optimizer")
struct FusedNormTests {
    static func run(_ optimizer: any Optimizer, clip: Double?, lossAbove: Double? = nil) throws -> (TrainingResult, [Float]) {
        let split = try blobSplit(samples: 400, classes: 3)
        var model = try DenseNetwork.mlp(inputs: 2, hidden: [16, 8], outputs: 3, activation: .relu, loss: .crossEntropy)
        var stream = RandomStream(root: 5, name: "init")
        try initialize(&model.parameters, with: torchLinearDefault, stream: &stream)
        var trainer = try Trainer(
            model: model, optimizer: optimizer, schedule: ConstantSchedule(baseLR: 0.01),
            options: TrainingOptions(length: .epochs(4), batchSize: 16, clipGradNorm: clip, lossAbove: lossAbove))
        let result = try trainer.train(on: split, shuffle: RandomStream(root: 2, name: "shuffle"))
        return (result, trainer.model.parameters.values)
    }

    static let optimizers: [any Optimizer] = [
        Adam(options: .torch(lr: 0.01)), Adam(options: .torch(lr: 0.01, weightDecay: 0.01, amsgrad: true)),
        AdamW(options: .adamW(lr: 0.01)),
    ]

    @Test(arguments: 0..<3)
    func sameBitsAsTheSeparateSum(index: Int) throws {
        for path in KernelPath.available {
            try KernelPath.$forced.withValue(path) {
                let (fused, fusedValues) = try Self.run(Self.optimizers[index], clip: nil)
                let (separate, separateValues) = try Self.run(Self.optimizers[index], clip: 1e30)
                #expect(fused.steps.map(\.gradNorm.bitPattern) == separate.steps.map(\.gradNorm.bitPattern), "\(path)")
                #expect(fused.steps == separate.steps, "\(path)")
                #expect(fusedValues.map(\.bitPattern) == separateValues.map(\.bitPattern), "\(path)")
                #expect(fused.steps.count >= 4 && fused.status == .ok)
            }
        }
    }

    /// A loss above `loss_above` still diverges with its norm recorded, the update not applied.
    @Test func divergenceStillRecordsTheNorm() throws {
        let (result, _) = try Self.run(Adam(options: .torch(lr: 0.01)), clip: nil, lossAbove: 1e-9)
        #expect(result.status == .diverged)
        #expect(result.steps.count == 1)
        #expect(result.steps[0].gradNorm > 0 && result.steps[0].gradNorm.isFinite)
    }
}
