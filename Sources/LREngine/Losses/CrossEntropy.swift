import CKernels

/// Softmax cross-entropy on logits, PyTorch's `nn.CrossEntropyLoss(reduction='mean')`.
///
/// Per row, with `lse = m + log Σⱼ exp(oⱼ − m)` and `m = maxⱼ oⱼ` (log-sum-exp, so no
/// exponential overflows): class target y gives `lse − o_y`; probability targets t give
/// `Σⱼ tⱼ·(lse − oⱼ)`. The loss is the mean over rows, and
/// `∂L/∂oⱼ = (softmaxⱼ·Σₖ tₖ − tⱼ)/rows` (Σₖ tₖ = 1 for a class target).
///
/// With class weights w (class targets only), PyTorch's `CrossEntropyLoss(weight=w)`: the
/// weighted mean `Σᵣ w_{yᵣ}·lᵣ / Σᵣ w_{yᵣ}`, so `∂L/∂oᵣⱼ = w_{yᵣ}·(softmaxⱼ − tⱼ)/Σᵣ w_{yᵣ}`.
enum CrossEntropy {
    static func evaluate(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        classWeights: [Double]? = nil, gradient: UnsafeMutablePointer<Float>?
    ) -> Double {
        var total = 0.0
        var scale = 1 / Double(rows)
        if let classWeights, case .classes(let classes) = targets {
            scale = 1 / Loss.weightSum(classes, classWeights)
        }
        // Row maxima, then every exp(oⱼ − m) in one vectorized pass (`lrk_exp_shifted`,
        // `Elementary.exp`'s bits), summed per row in order; then, for the gradient, every
        // exp(oⱼ − lse). The scratch buffer (`columns` + 1 doubles a row) is the thread's own,
        // allocated once.
        let path = KernelPath.active
        guard rows > 0, columns > 0, let scratch = lrk_scratch_doubles(rows * (columns + 1)) else {
            return rowByRow(
                outputs: outputs, rows: rows, columns: columns, targets: targets, classWeights: classWeights,
                gradient: gradient, scale: scale)
        }
        let shifts = scratch
        let exps = scratch + rows
        for r in 0..<rows {
            let row = outputs + r * columns
            var maximum = -Double.infinity
            for j in 0..<columns { maximum = max(maximum, Double(row[j])) }
            shifts[r] = maximum
        }
        lrk_exp_shifted(path.code, outputs, rows, columns, shifts, exps)
        for r in 0..<rows {
            let rowExps = exps + r * columns
            var sumExp = 0.0
            for j in 0..<columns { sumExp += rowExps[j] }
            shifts[r] = shifts[r] + libmLog(sumExp)
        }
        if gradient != nil { lrk_exp_shifted(path.code, outputs, rows, columns, shifts, exps) }
        for r in 0..<rows {
            let weight = Self.weight(of: r, targets: targets, classWeights: classWeights)
            let row = outputs + r * columns
            let logSumExp = shifts[r]
            let (rowLoss, targetMass) = Self.rowLoss(row, r, columns: columns, targets: targets, logSumExp: logSumExp)
            total += weight * rowLoss
            if let gradient {
                let gradientRow = gradient + r * columns
                let probabilities = exps + r * columns
                for j in 0..<columns {
                    let probability = probabilities[j]
                    let t = Self.target(r, j, columns: columns, targets: targets)
                    gradientRow[j] = Float(weight * (probability * targetMass - t) * scale)
                }
            }
        }
        return total * scale
    }

    /// The same arithmetic one row at a time, without scratch memory (used only when the
    /// scratch buffer cannot be had).
    static func rowByRow(
        outputs: UnsafePointer<Float>, rows: Int, columns: Int, targets: Targets,
        classWeights: [Double]?, gradient: UnsafeMutablePointer<Float>?, scale: Double
    ) -> Double {
        var total = 0.0
        for r in 0..<rows {
            let weight = Self.weight(of: r, targets: targets, classWeights: classWeights)
            let row = outputs + r * columns
            var maximum = -Double.infinity
            for j in 0..<columns { maximum = max(maximum, Double(row[j])) }
            var sumExp = 0.0
            for j in 0..<columns { sumExp += libmExp(Double(row[j]) - maximum) }
            let logSumExp = maximum + libmLog(sumExp)
            let (rowLoss, targetMass) = Self.rowLoss(row, r, columns: columns, targets: targets, logSumExp: logSumExp)
            total += weight * rowLoss
            if let gradient {
                let gradientRow = gradient + r * columns
                for j in 0..<columns {
                    let probability = libmExp(Double(row[j]) - logSumExp)
                    let t = Self.target(r, j, columns: columns, targets: targets)
                    gradientRow[j] = Float(weight * (probability * targetMass - t) * scale)
                }
            }
        }
        return total * scale
    }

    /// Row `r`'s weight: 1 without class weights, which leaves every value as it was.
    @inline(__always)
    static func weight(of r: Int, targets: Targets, classWeights: [Double]?) -> Double {
        if let classWeights, case .classes(let classes) = targets { return classWeights[classes[r]] }
        return 1
    }

    /// Row `r`'s loss given its log-sum-exp, and its target mass Σⱼ tⱼ.
    @inline(__always)
    static func rowLoss(
        _ row: UnsafePointer<Float>, _ r: Int, columns: Int, targets: Targets, logSumExp: Double
    ) -> (loss: Double, targetMass: Double) {
        switch targets {
        case .classes(let classes):
            return (logSumExp - Double(row[classes[r]]), 1)
        case .values(let values):
            var loss = 0.0
            var mass = 0.0
            for j in 0..<columns {
                let t = Double(values.storage[r * columns + j])
                loss += t * (logSumExp - Double(row[j]))
                mass += t
            }
            return (loss, mass)
        }
    }

    /// The target tⱼ of row `r` (1 or 0 for a class target).
    @inline(__always)
    static func target(_ r: Int, _ j: Int, columns: Int, targets: Targets) -> Double {
        switch targets {
        case .classes(let classes): classes[r] == j ? 1 : 0
        case .values(let values): Double(values.storage[r * columns + j])
        }
    }
}
