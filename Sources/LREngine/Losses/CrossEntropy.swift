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
            // The row's weight; 1 without class weights, which leaves every value as it was.
            var weight = 1.0
            if let classWeights, case .classes(let classes) = targets { weight = classWeights[classes[r]] }
            let row = outputs + r * columns
            let logSumExp = shifts[r]
            var rowLoss = 0.0
            var targetMass = 0.0
            switch targets {
            case .classes(let classes):
                rowLoss = logSumExp - Double(row[classes[r]])
                targetMass = 1
            case .values(let values):
                for j in 0..<columns {
                    let t = Double(values.storage[r * columns + j])
                    rowLoss += t * (logSumExp - Double(row[j]))
                    targetMass += t
                }
            }
            total += weight * rowLoss
            if let gradient {
                let gradientRow = gradient + r * columns
                let probabilities = exps + r * columns
                for j in 0..<columns {
                    let probability = probabilities[j]
                    let t: Double
                    switch targets {
                    case .classes(let classes): t = classes[r] == j ? 1 : 0
                    case .values(let values): t = Double(values.storage[r * columns + j])
                    }
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
            var weight = 1.0
            if let classWeights, case .classes(let classes) = targets { weight = classWeights[classes[r]] }
            let row = outputs + r * columns
            var maximum = -Double.infinity
            for j in 0..<columns { maximum = max(maximum, Double(row[j])) }
            var sumExp = 0.0
            for j in 0..<columns { sumExp += libmExp(Double(row[j]) - maximum) }
            let logSumExp = maximum + libmLog(sumExp)
            var rowLoss = 0.0
            var targetMass = 0.0
            switch targets {
            case .classes(let classes):
                rowLoss = logSumExp - Double(row[classes[r]])
                targetMass = 1
            case .values(let values):
                for j in 0..<columns {
                    let t = Double(values.storage[r * columns + j])
                    rowLoss += t * (logSumExp - Double(row[j]))
                    targetMass += t
                }
            }
            total += weight * rowLoss
            if let gradient {
                let gradientRow = gradient + r * columns
                for j in 0..<columns {
                    let probability = libmExp(Double(row[j]) - logSumExp)
                    let t: Double
                    switch targets {
                    case .classes(let classes): t = classes[r] == j ? 1 : 0
                    case .values(let values): t = Double(values.storage[r * columns + j])
                    }
                    gradientRow[j] = Float(weight * (probability * targetMass - t) * scale)
                }
            }
        }
        return total * scale
    }
}
