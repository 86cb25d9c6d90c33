extension DenseNetwork {
    /// `kind: linear`: one dense layer, `outputs` = number of target columns, MSE loss.
    public static func linear(inputs: Int, outputs: Int = 1) throws(ModelError) -> DenseNetwork {
        try DenseNetwork(inputs: inputs, outputs: outputs, activation: .identity, loss: .mse)
    }

    /// `kind: logistic`: one dense layer. Two classes use one logit and
    /// `binary_cross_entropy` (positive class 1); three or more use one logit per class and
    /// `cross_entropy` (softmax).
    public static func logistic(inputs: Int, classes: Int) throws(ModelError) -> DenseNetwork {
        guard classes >= 2 else {
            throw ModelError("'logistic' needs at least 2 classes, got \(classes)")
        }
        return try DenseNetwork(
            inputs: inputs, outputs: classes == 2 ? 1 : classes, activation: .identity,
            loss: classes == 2 ? .binaryCrossEntropy : .crossEntropy)
    }

    /// `kind: mlp`: dense layers of the `hidden` widths with `activation` between them, then a
    /// linear head of `outputs` units scored by `loss`.
    public static func mlp(
        inputs: Int, hidden: [Int], outputs: Int, activation: Activation, loss: Loss
    ) throws(ModelError) -> DenseNetwork {
        try DenseNetwork(
            inputs: inputs, hidden: hidden, outputs: outputs, activation: activation, loss: loss)
    }
}
