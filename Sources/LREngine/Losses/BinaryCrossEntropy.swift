/// Binary cross-entropy on logits, PyTorch's `nn.BCEWithLogitsLoss(reduction='mean')`.
///
/// Per element, in the stable form `max(x, 0) − x·t + log(1 + exp(−|x|))`, mean over all
/// `N = rows × columns` elements; `∂L/∂x = (σ(x) − t)/N`.
///
/// With class weights `[w₀, w₁]` (class targets, one logit), the weighted mean
/// `Σᵣ w_{yᵣ}·lᵣ / Σᵣ w_{yᵣ}` and `∂L/∂xᵣ = w_{yᵣ}·(σ(xᵣ) − tᵣ)/Σᵣ w_{yᵣ}`: exactly PyTorch's
/// `CrossEntropyLoss(weight=[w₀, w₁])` on the two logits `[0, x]`, which is this loss. (It is
/// not `BCEWithLogitsLoss(weight=w[y])`, which divides by N instead of the weights' sum.)
enum BinaryCrossEntropy {
    static func evaluate(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        classWeights: [Double]? = nil, gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        var count = Double(rows * columns)
        if let classWeights, case .classes(let classes) = targets {
            count = Loss.weightSum(classes, classWeights)
        }
        var sum = 0.0
        for r in 0..<rows {
            // 1 without class weights, which leaves every value as it was.
            var weight = 1.0
            if let classWeights, case .classes(let classes) = targets { weight = classWeights[classes[r]] }
            for j in 0..<columns {
                let index = r * columns + j
                let target: Double
                switch targets {
                case .classes(let classes): target = Double(classes[r])
                case .values(let values): target = Double(values.storage[index])
                }
                let x = Double(outputs[index])
                let loss = max(x, 0) - x * target + libmLog1p(libmExp(-abs(x)))
                let slope = logisticSigmoid(x) - target
                sum += weight * loss
                gradient?[index] = Float(weight * slope / count)
            }
        }
        return sum / count
    }

    /// σ(x) without overflow for large |x|.
    @inline(__always)
    static func logisticSigmoid(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + libmExp(-x)) }
        let e = libmExp(x)
        return e / (1 + e)
    }
}
