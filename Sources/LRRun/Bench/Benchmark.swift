import Foundation
import LREngine

/// Measures training throughput: steps per second and GFLOP/s of full trainer updates.
///
/// A timed step is what a real run does per batch: gather the batch, forward and backward
/// through the MLP (ReLU, cross-entropy), measure the gradient norm, one Adam update and the
/// step record. Each repetition builds a fresh trainer (untimed; the network initialised with
/// PyTorch's `nn.Linear` default from seed 0) over a synthetic `blobs` training set of ten
/// batches, runs one untimed warm-up epoch, then times `timedSteps` updates (whole epochs)
/// with `ContinuousClock`. The engine is single-threaded, so this measures one core. The result
/// reports the median repetition (see `BenchmarkCase.stepFLOPs` for how FLOPs are counted).
package enum Benchmark {
    /// Runs every case `repetitions` times, cases in order.
    package static func run(
        _ cases: [BenchmarkCase] = BenchmarkCase.standard, repetitions: Int = 5
    ) throws -> [BenchmarkResult] {
        try cases.map { benchmark in
            let trainer = try makeTrainer(benchmark, epochs: 1)
            let split = try makeSplit(benchmark)
            var seconds = [Double]()
            for _ in 0..<max(repetitions, 1) {
                seconds.append(try time(benchmark, from: trainer, split: split))
            }
            return BenchmarkResult(benchmark: benchmark, seconds: seconds)
        }
    }

    /// Seconds for `benchmark.timedSteps` updates, after one warm-up epoch, from a copy of
    /// `initial`.
    private static func time(_ benchmark: BenchmarkCase, from initial: Trainer, split: DatasetSplit) throws -> Double {
        var warm = initial
        _ = try warm.train(on: split, shuffle: RandomStream(root: 0, name: "shuffle"))
        let epochs = benchmark.timedSteps / BenchmarkCase.batchesPerEpoch
        var timed = try Trainer(
            model: warm.model, optimizer: warm.optimizer, schedule: warm.schedule,
            options: TrainingOptions(length: .epochs(epochs), batchSize: benchmark.batchSize))
        let clock = ContinuousClock()
        var ran = 0
        let elapsed = try clock.measure {
            ran = try timed.train(on: split, shuffle: RandomStream(root: 1, name: "shuffle")).steps.count
        }
        guard ran == benchmark.timedSteps else { return .nan }
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
    }

    private static func makeSplit(_ benchmark: BenchmarkCase) throws -> DatasetSplit {
        var stream = RandomStream(root: 0, name: "data")
        let dataset = try Synthetic.blobs(
            samples: benchmark.batchSize * BenchmarkCase.batchesPerEpoch, features: benchmark.inputs, classes: benchmark.outputs,
            noise: 1, stream: &stream)
        let empty = dataset.subset([])
        return try DatasetSplit(train: dataset, validation: empty, test: empty)
    }

    private static func makeTrainer(_ benchmark: BenchmarkCase, epochs: Int) throws -> Trainer {
        var model = try DenseNetwork.mlp(
            inputs: benchmark.inputs, hidden: benchmark.hidden, outputs: benchmark.outputs,
            activation: .relu, loss: .crossEntropy)
        var stream = RandomStream(root: 0, name: "init")
        let spec = InitializationSpec(weights: HeUniform(gain: (1.0 / 3).squareRoot()), bias: .uniformFanIn)
        try initialize(&model.parameters, with: spec, stream: &stream)
        let optimizer: any Optimizer = switch benchmark.optimizer {
        case .adam: Adam(options: .init(lr: 1e-3, beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, amsgrad: false))
        case .sgd: SGD(options: .init(lr: 1e-3, momentum: 0, dampening: 0, weightDecay: 0, nesterov: false))
        }
        return try Trainer(
            model: model, optimizer: optimizer, schedule: ConstantSchedule(baseLR: 1e-3),
            options: TrainingOptions(length: .epochs(epochs), batchSize: benchmark.batchSize))
    }
}
