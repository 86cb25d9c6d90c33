/// Evaluation helpers over whole datasets: accuracy and mean loss.
public enum Metrics {
    /// The fraction of rows whose predicted class is the target: argmax of the logits (first
    /// maximum on ties), or for a single logit class 1 when it is positive. NaN when empty or
    /// the counts differ.
    public static func accuracy(logits: Matrix, classes: [Int]) -> Double {
        guard logits.rows > 0, logits.rows == classes.count, logits.columns > 0 else {
            return .nan
        }
        var correct = 0
        for r in 0..<logits.rows {
            let predicted: Int
            if logits.columns == 1 {
                predicted = logits[r, 0] > 0 ? 1 : 0
            } else {
                var best = 0
                for j in 1..<logits.columns where logits[r, j] > logits[r, best] { best = j }
                predicted = best
            }
            if predicted == classes[r] { correct += 1 }
        }
        return Double(correct) / Double(logits.rows)
    }

    /// The loss over a whole dataset, predicted in chunks of `chunkSize` rows in order and
    /// combined as `Σ (chunk mean × chunk rows) / rows`, which equals the mean over all rows
    /// (every loss here averages per row or per fixed-width row of elements).
    public static func meanLoss<M: Model>(
        of model: inout M, loss: Loss, inputs: Matrix, targets: Targets, chunkSize: Int = 256
    ) -> Double {
        guard inputs.rows > 0, chunkSize > 0 else { return .nan }
        var total = 0.0
        var start = 0
        while start < inputs.rows {
            let end = min(start + chunkSize, inputs.rows)
            let chunk = rows(start..<end, of: inputs)
            let chunkTargets: Targets
            switch targets {
            case .classes(let classes):
                guard classes.count == inputs.rows else { return .nan }
                chunkTargets = .classes(Array(classes[start..<end]))
            case .values(let values):
                guard values.rows == inputs.rows else { return .nan }
                chunkTargets = .values(rows(start..<end, of: values))
            }
            let outputs = model.predict(chunk)
            total += loss.evaluate(outputs: outputs, targets: chunkTargets) * Double(end - start)
            start = end
        }
        return total / Double(inputs.rows)
    }

    /// Predictions for every row, in chunks of `chunkSize` rows, concatenated.
    public static func predictions<M: Model>(
        of model: inout M, inputs: Matrix, chunkSize: Int = 256
    ) -> Matrix {
        var storage: [Float] = []
        var columns = 0
        var start = 0
        while start < inputs.rows {
            let end = min(start + max(chunkSize, 1), inputs.rows)
            let outputs = model.predict(rows(start..<end, of: inputs))
            columns = outputs.columns
            storage.append(contentsOf: outputs.storage)
            start = end
        }
        return Matrix(rows: inputs.rows, columns: columns, storage: storage)
    }

    static func rows(_ range: Range<Int>, of matrix: Matrix) -> Matrix {
        let slice = matrix.storage[(range.lowerBound * matrix.columns)..<(range.upperBound * matrix.columns)]
        return Matrix(rows: range.count, columns: matrix.columns, storage: Array(slice))
    }
}
