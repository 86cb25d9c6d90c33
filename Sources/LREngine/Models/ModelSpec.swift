/// A model as the experiment's `model:` section asks for it, resolved to values (each model
/// kind of the experiment layer makes one), and how to build it for the data.
public enum ModelSpec: Sendable, Equatable {
    /// `kind: linear`: one dense layer, MSE, one output per target column.
    case linear
    /// `kind: logistic`: one dense layer; one logit with BCE for two classes, softmax
    /// cross-entropy for more.
    case logistic
    /// `kind: mlp`: dense layers of `hidden` widths with `activation`, then a linear head.
    case mlp(hidden: [Int], activation: Activation)
    /// `kind: function`: a test function started at `start`; `scales` for `quadratic`.
    case function(name: String, start: [Double], scales: [Double]?)

    /// Builds the model for data with `features` input columns and `task` (both ignored by
    /// `function`). `loss` nil means the default: BCE for a two-class `logistic`,
    /// cross-entropy for other classification, MSE for regression. The head has one unit per
    /// class (per target column for regression), except one logit when BCE scores two classes.
    public func build(features: Int, task: PredictionTask, loss: Loss? = nil) throws(ModelError) -> any Model {
        switch self {
        case .function(let name, let start, let scales):
            let function = try ObjectiveFunctions.make(name: name, dimension: start.count, scales: scales)
            return try FunctionModel(function: function, start: start)
        case .linear:
            guard case .regression(let outputs) = task else {
                throw ModelError("'linear' is a regression model; use 'logistic' for classes")
            }
            guard loss == nil || loss == .mse else {
                throw ModelError("'linear' trains with 'mse'")
            }
            return try DenseNetwork.linear(inputs: features, outputs: outputs)
        case .logistic:
            guard case .classification(let classes) = task else {
                throw ModelError("'logistic' needs class targets")
            }
            guard let loss, loss != (classes == 2 ? .binaryCrossEntropy : .crossEntropy) else {
                return try DenseNetwork.logistic(inputs: features, classes: classes)
            }
            let head = try Self.head(task: task, loss: loss)
            return try DenseNetwork(inputs: features, outputs: head, activation: .identity, loss: loss)
        case .mlp(let hidden, let activation):
            let loss = loss ?? task.defaultLoss
            let head = try Self.head(task: task, loss: loss)
            return try DenseNetwork.mlp(
                inputs: features, hidden: hidden, outputs: head, activation: activation, loss: loss)
        }
    }

    /// The number of output units `loss` needs for `task`.
    static func head(task: PredictionTask, loss: Loss) throws(ModelError) -> Int {
        switch (task, loss) {
        case (.classification(let classes), _) where classes < 2:
            throw ModelError("classification needs at least 2 classes, got \(classes)")
        case (.classification(let classes), .binaryCrossEntropy):
            guard classes == 2 else {
                throw ModelError("'binary_cross_entropy' needs 2 classes, got \(classes)")
            }
            return 1
        case (.classification(let classes), _):
            return classes
        case (.regression(let outputs), .mse):
            return outputs
        case (.regression, _):
            throw ModelError("'\(loss.rawValue)' needs class targets; use 'mse' for regression")
        }
    }
}
