/// Binary cross-entropy on logits, PyTorch's `nn.BCEWithLogitsLoss(reduction='mean')`.
///
/// Per element, in the stable form `max(x, 0) − x·t + log(1 + exp(−|x|))`, mean over all
/// `N = rows × columns` elements; `∂L/∂x = (σ(x) − t)/N`.
enum BinaryCrossEntropy {
    static func evaluate(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        let count = Double(rows * columns)
        var sum = 0.0
        for r in 0..<rows {
            for j in 0..<columns {
                let index = r * columns + j
                let target: Double
                switch targets {
                case .classes(let classes): target = Double(classes[r])
                case .values(let values): target = Double(values.storage[index])
                }
                let x = Double(outputs[index])
                sum += max(x, 0) - x * target + libmLog1p(libmExp(-abs(x)))
                gradient?[index] = Float((logisticSigmoid(x) - target) / count)
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
