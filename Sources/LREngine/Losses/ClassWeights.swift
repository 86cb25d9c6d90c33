/// Class weights for a weighted classification loss (`Loss`'s `classWeights`).
public enum ClassWeights {
    /// scikit-learn's `class_weight='balanced'`: `w_c = n / (k · n_c)` for `n` targets of `k`
    /// classes, `n_c` of them of class c, so every class carries the same total weight.
    ///
    /// - Throws: `ModelError` when a class in `0..<classCount` does not occur (its weight would
    ///   be infinite; scikit-learn refuses it too) or a target is out of range.
    public static func balanced(_ classes: [Int], classCount: Int) throws(ModelError) -> [Double] {
        guard classCount >= 2 else { throw ModelError("class weights need at least 2 classes, got \(classCount)") }
        var counts = [Int](repeating: 0, count: classCount)
        for y in classes {
            guard counts.indices.contains(y) else { throw ModelError("class \(y) is out of range for \(classCount) classes") }
            counts[y] += 1
        }
        if let missing = counts.firstIndex(of: 0) {
            throw ModelError("class \(missing) does not occur in the training part, so 'balanced' cannot weight it")
        }
        let n = Double(classes.count), k = Double(classCount)
        return counts.map { n / (k * Double($0)) }
    }
}
