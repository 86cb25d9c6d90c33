/// Targets of a batch: class indices for classification, values for regression.
public enum Targets: Sendable, Equatable {
    case classes([Int])
    /// Row-major `[samples, outputs]`.
    case values(Matrix)
}

/// A differentiable model with hand-written forward and backward passes.
///
/// Implementations keep their activations and scratch buffers inside the value, sized on the
/// first call for a batch size, so a training step allocates nothing after the first.
/// `DenseNetwork` (kinds `linear`, `logistic`, `mlp`) and `FunctionModel` (kind `function`,
/// which ignores inputs and targets) conform; `ModelSpec` builds either from a config.
public protocol Model: Sendable {
    var parameters: ParameterSet { get set }

    /// Forward and backward on one batch: returns the mean loss and leaves its gradient
    /// with respect to every parameter in `parameters.gradients` (overwritten, not added).
    mutating func lossAndGradient(inputs: Matrix, targets: Targets) -> Double

    /// Forward only: the model's outputs (logits for classifiers), `[samples, outputs]`.
    mutating func predict(_ inputs: Matrix) -> Matrix

    /// For evaluation: the mean loss `lossAndGradient` would return and the outputs `predict`
    /// would return. `DenseNetwork` runs the forward pass alone; the gradient, where one is
    /// computed, is overwritten by the next update.
    mutating func lossAndOutputs(inputs: Matrix, targets: Targets) -> (loss: Double, outputs: Matrix)

    /// What the mean loss of a batch of `rows` with `targets` counts for when batch means are
    /// combined into the mean over many batches: its rows, or the sum of its rows' class
    /// weights when the loss is weighted (so the combination is the weighted mean over all).
    func lossWeight(of targets: Targets, rows: Int) -> Double
}

extension Model {
    public func lossWeight(of targets: Targets, rows: Int) -> Double { Double(rows) }

    /// For models whose backward pass costs nothing worth saving (a function model).
    public mutating func lossAndOutputs(inputs: Matrix, targets: Targets) -> (loss: Double, outputs: Matrix) {
        (lossAndGradient(inputs: inputs, targets: targets), predict(inputs))
    }
}
