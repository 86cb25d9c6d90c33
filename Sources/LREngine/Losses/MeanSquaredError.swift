import CKernels

/// Mean squared error, PyTorch's `nn.MSELoss(reduction='mean')`: `L = (1/N)·Σ (oᵢ − tᵢ)²`
/// over all `N = rows × columns` elements, so `∂L/∂oᵢ = 2(oᵢ − tᵢ)/N`.
///
/// Class targets are read as numbers when there is one output, one-hot otherwise.
enum MeanSquaredError {
    static func evaluate(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        let count = Double(rows * columns)
        // Per element (`lrk_mse`, every path the same bits): the target (`Double(values[i])`,
        // or from the row's class), `difference = Double(oᵢ) − target`, `sum += difference²` in
        // index order (one serial chain), `gradient[i] = Float(2·difference / count)`.
        var sum = 0.0
        let path = KernelPath.active.code
        switch targets {
        case .values(let values):
            precondition(values.storage.count >= rows * columns)
            values.storage.withUnsafeBufferPointer { v in
                lrk_mse(path, outputs, rows, columns, v.baseAddress, nil, count, &sum, gradient)
            }
        case .classes(let classes):
            precondition(classes.count >= rows)
            classes.withUnsafeBufferPointer { c in
                lrk_mse(path, outputs, rows, columns, nil, c.baseAddress, count, &sum, gradient)
            }
        }
        return sum / count
    }
}
