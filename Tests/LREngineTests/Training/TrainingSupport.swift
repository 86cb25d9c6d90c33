@testable import LREngine

/// PyTorch's `nn.Linear` default: weights and biases U(−1/√fan_in, 1/√fan_in)
/// (`kaiming_uniform_` with a = √5 is gain √(1/3), bound gain·√(3/fan_in) = 1/√fan_in).
let torchLinearDefault = InitializationSpec(weights: HeUniform(gain: (1.0 / 3).squareRoot()), bias: .uniformFanIn)

/// A standardised split of a synthetic dataset for trainer tests.
func blobSplit(samples: Int = 300, classes: Int = 2, seed: UInt64 = 1, validation: Double = 0.15) throws -> DatasetSplit {
    var data = RandomStream(root: seed, name: "data")
    let dataset = try Synthetic.blobs(samples: samples, features: 2, classes: classes, noise: 1.5, stream: &data)
    var split = RandomStream(root: seed, name: "split")
    let fractions = try SplitFractions(train: 0.85 - validation, validation: validation, test: 0.15)
    return try DatasetSplit(dataset, fractions: fractions, stream: &split).standardized().split
}

/// A logistic model for `inputs` features and `classes` classes, initialised from `seed`.
func logisticModel(inputs: Int, classes: Int, seed: UInt64 = 1) throws -> DenseNetwork {
    var model = try DenseNetwork.logistic(inputs: inputs, classes: classes)
    var stream = RandomStream(root: seed, name: "init")
    try initialize(&model.parameters, with: torchLinearDefault, stream: &stream)
    return model
}

/// A schedule that logs what it observes; its rate is `base / (ticks + 1)`.
struct RecordingSchedule: LRSchedule {
    var base: Double
    var ticks = 0
    var observations: [ScheduleObservation] = []

    var lr: Double { base / Double(ticks + 1) }
    var momentum: Double? { nil }

    mutating func advance(after observation: ScheduleObservation) {
        ticks += 1
        observations.append(observation)
    }
}

/// A model that returns a fixed loss with a zero gradient and remembers each batch it saw.
struct ProbeModel: Model {
    var parameters: ParameterSet
    var loss: Double
    var batchRows: [Int] = []
    var inputAddresses: [UInt] = []
    /// Where `parameters.values` and `.gradients` sat at each call.
    var parameterAddresses: [[UInt]] = []

    init(loss: Double = 1) {
        parameters = ParameterSet()
        parameters.append(name: "layer0.weight", shape: [1, 2])
        self.loss = loss
        batchRows.reserveCapacity(1000)
        inputAddresses.reserveCapacity(1000)
        parameterAddresses.reserveCapacity(1000)
    }

    mutating func lossAndGradient(inputs: Matrix, targets: Targets) -> Double {
        batchRows.append(inputs.rows)
        inputAddresses.append(inputs.storage.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) })
        // Writing makes the arrays unique: a copy here would mean the trainer still held them.
        for i in parameters.gradients.indices { parameters.gradients[i] = 1 }
        parameters.values[0] += 0
        parameterAddresses.append([
            parameters.values.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
            parameters.gradients.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) },
        ])
        return loss
    }

    mutating func predict(_ inputs: Matrix) -> Matrix {
        Matrix(rows: inputs.rows, columns: 1)
    }
}
