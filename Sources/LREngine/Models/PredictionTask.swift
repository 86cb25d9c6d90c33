/// What the data asks a model to predict.
public enum PredictionTask: Sendable, Equatable {
    /// Class indices `0..<classes`.
    case classification(classes: Int)
    /// `outputs` real-valued target columns.
    case regression(outputs: Int)

    /// `train.loss`'s default: `cross_entropy` for classification, `mse` for regression.
    public var defaultLoss: Loss {
        switch self {
        case .classification: return .crossEntropy
        case .regression: return .mse
        }
    }
}
