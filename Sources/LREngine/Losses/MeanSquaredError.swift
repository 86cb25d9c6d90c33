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
        var sum = 0.0
        for r in 0..<rows {
            for j in 0..<columns {
                let index = r * columns + j
                let target: Double
                switch targets {
                case .values(let values): target = Double(values.storage[index])
                case .classes(let classes):
                    target = columns == 1 ? Double(classes[r]) : (classes[r] == j ? 1 : 0)
                }
                let difference = Double(outputs[index]) - target
                sum += difference * difference
                gradient?[index] = Float(2 * difference / count)
            }
        }
        return sum / count
    }
}
