/// The training objective a model minimises, reduced like PyTorch's `reduction='mean'`.
///
/// - `mse`: `nn.MSELoss`, mean over all `samples × outputs` elements.
/// - `cross_entropy`: `nn.CrossEntropyLoss` on logits (softmax via log-sum-exp), mean over
///   the batch; targets are class indices, or per-class probabilities.
/// - `binary_cross_entropy`: `nn.BCEWithLogitsLoss` on one logit per output, mean over all
///   elements; targets are classes 0/1 or values in [0, 1].
///
/// `cross_entropy` and `binary_cross_entropy` take optional class weights (one positive finite
/// weight per class, class targets only): the loss is then the weighted mean
/// `Σᵣ w_{yᵣ}·lᵣ / Σᵣ w_{yᵣ}`, as PyTorch's `CrossEntropyLoss(weight=…)` defines it.
///
/// Every loss is computed in Double per element and summed in index order.
public enum Loss: String, Sendable, CaseIterable {
    case mse
    case crossEntropy = "cross_entropy"
    case binaryCrossEntropy = "binary_cross_entropy"

    /// The mean loss of `outputs` (`rows × columns`, row-major) against `targets`, and, when
    /// `gradient` is given, d(loss)/d(outputs) written there (same shape, overwritten).
    /// `classWeights`: one weight per class, for a weighted mean (see the type).
    ///
    /// Targets that do not fit (wrong count, a class index out of range) or weights that do
    /// not give NaN and a zero gradient rather than a trap; `validate` reports them as an
    /// error beforehand.
    public func evaluate(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        classWeights: [Double]? = nil, gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        let value: Double
        if (try? validate(targets, rows: rows, outputs: columns, classWeights: classWeights)) == nil {
            value = .nan
        } else {
            switch self {
            case .mse:
                value = MeanSquaredError.evaluate(
                    outputs: outputs, rows: rows, columns: columns, targets: targets,
                    gradient: gradient)
            case .crossEntropy:
                value = CrossEntropy.evaluate(
                    outputs: outputs, rows: rows, columns: columns, targets: targets,
                    classWeights: classWeights, gradient: gradient)
            case .binaryCrossEntropy:
                value = BinaryCrossEntropy.evaluate(
                    outputs: outputs, rows: rows, columns: columns, targets: targets,
                    classWeights: classWeights, gradient: gradient)
            }
        }
        if value.isNaN, let gradient {
            Elementwise.fill(gradient, count: rows * columns, with: 0)
        }
        return value
    }

    /// `evaluate` on a matrix, without a gradient.
    public func evaluate(outputs: Matrix, targets: Targets, classWeights: [Double]? = nil) -> Double {
        outputs.storage.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return .nan }
            return evaluate(
                outputs: base, rows: outputs.rows, columns: outputs.columns, targets: targets,
                classWeights: classWeights, gradient: nil)
        }
    }

    /// What a batch's mean loss counts for when batch means are combined into one mean over
    /// many rows: the sum of its rows' class weights, else its number of rows.
    public static func weight(of targets: Targets, rows: Int, classWeights: [Double]?) -> Double {
        guard let classWeights, case .classes(let classes) = targets,
            classes.allSatisfy({ classWeights.indices.contains($0) })
        else { return Double(rows) }
        return weightSum(classes, classWeights)
    }

    /// `Σᵣ w_{yᵣ}` in row order (the classes are in range of the weights).
    static func weightSum(_ classes: [Int], _ classWeights: [Double]) -> Double {
        var sum = 0.0
        for y in classes { sum += classWeights[y] }
        return sum
    }

    /// Throws when `targets` cannot be scored against `rows × outputs` model outputs with
    /// `classWeights`.
    public func validate(
        _ targets: Targets, rows: Int, outputs: Int, classWeights: [Double]? = nil
    ) throws(ModelError) {
        if let classWeights { try validate(classWeights, targets: targets, outputs: outputs) }
        guard rows > 0 else { throw ModelError("'\(rawValue)' needs at least one sample") }
        switch targets {
        case .classes(let classes):
            guard classes.count == rows else {
                throw ModelError("\(classes.count) targets for \(rows) samples")
            }
            let limit: Int
            switch self {
            case .crossEntropy: limit = outputs
            case .binaryCrossEntropy:
                guard outputs == 1 else {
                    throw ModelError("'\(rawValue)' with class targets needs one output")
                }
                limit = 2
            case .mse: limit = outputs == 1 ? Int.max : outputs
            }
            if let bad = classes.first(where: { $0 < 0 || $0 >= limit }) {
                throw ModelError("class \(bad) is out of range for \(outputs) outputs")
            }
        case .values(let values):
            guard values.rows == rows, values.columns == outputs else {
                throw ModelError(
                    "targets are \(values.rows)×\(values.columns), outputs \(rows)×\(outputs)")
            }
        }
    }

    /// Class weights need a classification loss, class targets and one positive finite weight
    /// per class (two for one binary logit).
    private func validate(_ weights: [Double], targets: Targets, outputs: Int) throws(ModelError) {
        guard self != .mse else { throw ModelError("class weights need a classification loss, not 'mse'") }
        guard case .classes = targets else { throw ModelError("class weights need class targets") }
        let classes = self == .binaryCrossEntropy ? 2 : outputs
        guard weights.count == classes else {
            throw ModelError("\(weights.count) class weights for \(classes) classes")
        }
        if let bad = weights.first(where: { !($0.isFinite && $0 > 0) }) {
            throw ModelError("class weights must be positive and finite, got \(bad)")
        }
    }
}
