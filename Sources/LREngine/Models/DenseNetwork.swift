/// A stack of dense layers: `zₗ = aₗ₋₁·Wₗᵀ + bₗ`, `aₗ = f(zₗ)` for hidden layers, and a
/// linear head whose outputs go to the loss.
///
/// Parameters are `layer<i>.weight` (`[out, in]`, PyTorch's `nn.Linear` layout) and
/// `layer<i>.bias` (`[out]`), in layer order in one flat buffer. Forward and backward are
/// written out by hand over `GEMMKernel`: the forward pass is `A·Wᵀ`, the weight gradient
/// `δᵀ·A`, the input gradient `δ·W`.
///
/// Activations and gradients live in one workspace inside the value. It is laid out for the
/// batch size of the call and grows only when a larger batch arrives, so after the first call
/// at the largest batch size `lossAndGradient` allocates nothing (as long as the caller does
/// not hold another reference to `parameters.gradients`, which would force a copy on write).
public struct DenseNetwork: Model {
    public var parameters: ParameterSet
    /// `[inputs, hidden…, outputs]`.
    public let widths: [Int]
    public let activation: Activation
    public let loss: Loss
    /// One weight per class for a weighted classification loss (see `Loss`); nil: unweighted.
    public var classWeights: [Double]?
    public let kernel: any GEMMKernel

    private let weightOffsets: [Int]
    private let biasOffsets: [Int]
    private var workspace: [Float] = []
    /// The batch size the offsets below describe (0: none yet).
    private var layoutBatch = 0
    private var preActivationOffsets: [Int]
    private var activationOffsets: [Int]
    private var deltaOffsets = (0, 0)

    /// A network `inputs → hidden… → outputs` with zero parameters (initialise them next).
    public init(
        inputs: Int, hidden: [Int] = [], outputs: Int, activation: Activation = .relu,
        loss: Loss, kernel: any GEMMKernel = DispatchedGEMM()
    ) throws(ModelError) {
        guard inputs > 0 else { throw ModelError("a model needs at least one input feature") }
        guard outputs > 0 else { throw ModelError("a model needs at least one output") }
        if let bad = hidden.first(where: { $0 <= 0 }) {
            throw ModelError("'hidden' sizes must be positive, got \(bad)")
        }
        widths = [inputs] + hidden + [outputs]
        self.activation = activation
        self.loss = loss
        self.kernel = kernel
        var parameters = ParameterSet()
        var weights: [Int] = []
        var biases: [Int] = []
        for layer in 0..<(widths.count - 1) {
            let fanIn = widths[layer], fanOut = widths[layer + 1]
            let names = Self.parameterNames(layer: layer)
            weights.append(parameters.append(name: names.weight, shape: [fanOut, fanIn]).lowerBound)
            biases.append(parameters.append(name: names.bias, shape: [fanOut]).lowerBound)
        }
        self.parameters = parameters
        weightOffsets = weights
        biasOffsets = biases
        preActivationOffsets = Array(repeating: 0, count: widths.count - 1)
        activationOffsets = Array(repeating: 0, count: widths.count - 1)
    }

    /// The names of layer `layer`'s tensors; a network of n layers has those of 0..<n, in
    /// order (known without building it, e.g. to check `param_groups` globs).
    public static func parameterNames(layer: Int) -> (weight: String, bias: String) {
        ("layer\(layer).weight", "layer\(layer).bias")
    }

    public var layerCount: Int { widths.count - 1 }
    public var inputCount: Int { widths[0] }
    public var outputCount: Int { widths[widths.count - 1] }

    public mutating func lossAndGradient(inputs: Matrix, targets: Targets) -> Double {
        guard inputs.columns == inputCount, inputs.rows > 0 else {
            for i in parameters.gradients.indices { parameters.gradients[i] = 0 }
            return .nan
        }
        let batch = inputs.rows
        prepare(batch: batch)
        // Move the buffers out so each is uniquely referenced while we write through pointers.
        var work: [Float] = []
        swap(&work, &workspace)
        var gradients: [Float] = []
        swap(&gradients, &parameters.gradients)
        defer {
            swap(&work, &workspace)
            swap(&gradients, &parameters.gradients)
        }
        let value = inputs.storage.withUnsafeBufferPointer { x in
            parameters.values.withUnsafeBufferPointer { w in
                gradients.withUnsafeMutableBufferPointer { g in
                    work.withUnsafeMutableBufferPointer { ws in
                        forward(x: x.baseAddress!, weights: w.baseAddress!, work: ws.baseAddress!, batch: batch)
                        let outputs = UnsafePointer(ws.baseAddress! + preActivationOffsets[layerCount - 1])
                        let delta = ws.baseAddress! + deltaOffsets.0
                        let value = loss.evaluate(
                            outputs: outputs, rows: batch, columns: outputCount, targets: targets,
                            classWeights: classWeights, gradient: delta)
                        backward(
                            x: x.baseAddress!, weights: w.baseAddress!, gradients: g.baseAddress!,
                            work: ws.baseAddress!, batch: batch)
                        return value
                    }
                }
            }
        }
        return value
    }

    public mutating func predict(_ inputs: Matrix) -> Matrix {
        var outputs = Matrix(rows: inputs.rows, columns: outputCount)
        guard inputs.columns == inputCount, inputs.rows > 0 else {
            if inputs.rows > 0 { outputs.storage = Array(repeating: .nan, count: outputs.storage.count) }
            return outputs
        }
        let batch = inputs.rows
        prepare(batch: batch)
        var work: [Float] = []
        swap(&work, &workspace)
        defer { swap(&work, &workspace) }
        inputs.storage.withUnsafeBufferPointer { x in
            parameters.values.withUnsafeBufferPointer { w in
                work.withUnsafeMutableBufferPointer { ws in
                    forward(x: x.baseAddress!, weights: w.baseAddress!, work: ws.baseAddress!, batch: batch)
                    let logits = ws.baseAddress! + preActivationOffsets[layerCount - 1]
                    for i in 0..<(batch * outputCount) { outputs.storage[i] = logits[i] }
                }
            }
        }
        return outputs
    }

    public mutating func lossAndOutputs(inputs: Matrix, targets: Targets) -> (loss: Double, outputs: Matrix) {
        let outputs = predict(inputs)
        guard inputs.columns == inputCount, inputs.rows > 0 else { return (.nan, outputs) }
        // The same forward pass and the same loss arithmetic as `lossAndGradient` (the loss's
        // value does not depend on whether its gradient is written), so the same bits.
        return (loss.evaluate(outputs: outputs, targets: targets, classWeights: classWeights), outputs)
    }

    public func lossWeight(of targets: Targets, rows: Int) -> Double {
        Loss.weight(of: targets, rows: rows, classWeights: classWeights)
    }

    /// Lays the workspace out for `batch` rows, growing it only when it is too small.
    private mutating func prepare(batch: Int) {
        guard batch != layoutBatch else { return }
        var cursor = 0
        for layer in 0..<layerCount {
            let width = widths[layer + 1]
            preActivationOffsets[layer] = cursor
            cursor += batch * width
            if layer < layerCount - 1 && activation != .identity {
                activationOffsets[layer] = cursor
                cursor += batch * width
            } else {
                activationOffsets[layer] = preActivationOffsets[layer]
            }
        }
        let widest = widths.dropFirst().max() ?? 0
        deltaOffsets = (cursor, cursor + batch * widest)
        cursor += 2 * batch * widest
        if workspace.count < cursor {
            workspace = Array(repeating: 0, count: cursor)
        }
        layoutBatch = batch
    }

    private func forward(
        x: UnsafePointer<Float>, weights: UnsafePointer<Float>, work: UnsafeMutablePointer<Float>,
        batch: Int
    ) {
        let path = KernelPath.active
        for layer in 0..<layerCount {
            let fanIn = widths[layer], fanOut = widths[layer + 1]
            let input = layer == 0 ? x : UnsafePointer(work + activationOffsets[layer - 1])
            let z = work + preActivationOffsets[layer]
            kernel.gemm(
                transposeA: false, transposeB: true, m: batch, n: fanOut, k: fanIn, alpha: 1,
                a: input, lda: fanIn, b: weights + weightOffsets[layer], ldb: fanIn,
                beta: 0, c: z, ldc: fanOut)
            // z += b, and a = f(z) for a hidden layer (in the same pass for ReLU).
            let hidden = layer < layerCount - 1 && activation != .identity
            LayerKernels.addBias(
                weights + biasOffsets[layer], to: z, rows: batch, columns: fanOut,
                activation: hidden ? activation : nil, into: hidden ? work + activationOffsets[layer] : z,
                path: path)
        }
    }

    /// Back-propagates the loss gradient sitting in the first delta buffer.
    private func backward(
        x: UnsafePointer<Float>, weights: UnsafePointer<Float>,
        gradients: UnsafeMutablePointer<Float>, work: UnsafeMutablePointer<Float>, batch: Int
    ) {
        let path = KernelPath.active
        var delta = work + deltaOffsets.0
        var spare = work + deltaOffsets.1
        for layer in stride(from: layerCount - 1, through: 0, by: -1) {
            let fanIn = widths[layer], fanOut = widths[layer + 1]
            let input = layer == 0 ? x : UnsafePointer(work + activationOffsets[layer - 1])
            // ∂L/∂W = δᵀ·input, ∂L/∂b = Σ_rows δ.
            kernel.gemm(
                transposeA: true, transposeB: false, m: fanOut, n: fanIn, k: batch, alpha: 1,
                a: delta, lda: fanOut, b: input, ldb: fanIn,
                beta: 0, c: gradients + weightOffsets[layer], ldc: fanIn)
            LayerKernels.columnSums(
                of: delta, rows: batch, columns: fanOut, into: gradients + biasOffsets[layer], path: path)
            guard layer > 0 else { break }
            // ∂L/∂input = δ·W, then through the previous layer's activation.
            kernel.gemm(
                transposeA: false, transposeB: false, m: batch, n: fanIn, k: fanOut, alpha: 1,
                a: delta, lda: fanOut, b: weights + weightOffsets[layer], ldb: fanIn,
                beta: 0, c: spare, ldc: fanIn)
            LayerKernels.activationBackward(
                activation, gradient: spare, z: work + preActivationOffsets[layer - 1],
                a: work + activationOffsets[layer - 1], count: batch * fanIn, path: path)
            swap(&delta, &spare)
        }
    }

    /// Where the workspace and gradient buffers start: for tests that check a repeated step
    /// reuses its storage instead of allocating.
    var bufferAddresses: [UInt] {
        mutating get {
            let work = workspace.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
            let gradients = parameters.gradients.withUnsafeBufferPointer {
                UInt(bitPattern: $0.baseAddress)
            }
            return [work, gradients]
        }
    }
}
