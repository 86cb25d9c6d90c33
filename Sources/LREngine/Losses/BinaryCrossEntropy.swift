import CKernels

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
        // Per element (`lrk_bce`, every path the same bits), x = Double(output), t the target
        // (`Double(values[i])` or `Double(classes[r])`), w the row's class weight (else 1):
        // `sum += w·(max(x, 0) − x·t + log1p(exp(−|x|)))` in index order (one serial chain),
        // `gradient[i] = Float(w·(logisticSigmoid(x) − t) / count)`.
        var sum = 0.0
        let path = KernelPath.active.code
        switch targets {
        case .values(let values):
            precondition(values.storage.count >= rows * columns)
            values.storage.withUnsafeBufferPointer { v in
                lrk_bce(path, outputs, rows, columns, v.baseAddress, nil, nil, count, &sum, gradient)
            }
        case .classes(let classes):
            precondition(classes.count >= rows)
            classes.withUnsafeBufferPointer { c in
                if let classWeights {
                    precondition(classes.prefix(rows).allSatisfy { classWeights.indices.contains($0) })
                    classWeights.withUnsafeBufferPointer { w in
                        lrk_bce(path, outputs, rows, columns, nil, c.baseAddress, w.baseAddress, count, &sum, gradient)
                    }
                } else {
                    lrk_bce(path, outputs, rows, columns, nil, c.baseAddress, nil, count, &sum, gradient)
                }
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
