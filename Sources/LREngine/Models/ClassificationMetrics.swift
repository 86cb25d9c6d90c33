import Foundation

/// What a medical or imbalanced classification is judged by, computed as scikit-learn's
/// `accuracy_score`, `balanced_accuracy_score`, `precision_score`, `recall_score`, `f1_score`,
/// `roc_auc_score` and `average_precision_score` do by default.
///
/// Binary tasks (one logit, or two classes) score class 1 as the positive class; specificity is
/// the recall of class 0. Multi-class tasks average one-vs-rest over the classes that occur
/// (macro averages, as `average="macro"`; precision, recall, F1 and specificity over the classes
/// in the targets or the predictions, the AUCs over the classes in the targets). A ratio whose
/// denominator is zero counts as 0, as scikit-learn's `zero_division` default; an AUC that needs
/// both positives and negatives is NaN without them.
public struct ClassificationMetrics: Sendable, Equatable {
    public var accuracy: Double
    public var balancedAccuracy: Double
    public var precision: Double
    /// Sensitivity.
    public var recall: Double
    public var specificity: Double
    public var f1: Double
    /// Area under the ROC curve (ties count half, as the trapezoidal curve does).
    public var rocAUC: Double
    /// Area under the precision-recall curve as average precision: Σ (Rₙ − Rₙ₋₁) Pₙ over the
    /// distinct score thresholds, highest first.
    public var prAUC: Double

    /// The metrics by the names a bundle records them under (without the split prefix).
    public var named: [(name: String, value: Double)] {
        [("balanced_accuracy", balancedAccuracy), ("precision", precision), ("recall", recall),
         ("specificity", specificity), ("f1", f1), ("roc_auc", rocAUC), ("pr_auc", prAUC)]
    }

    /// From a model's logits: one column is a binary task scored by its logit; two columns a
    /// binary task scored by l₁ − l₀; more columns a multi-class task scored by the softmax.
    /// The predicted class is the one `Metrics.accuracy` counts. Nil when empty or the counts
    /// differ, or a class is out of range.
    public init?(logits: Matrix, classes: [Int]) {
        let rows = logits.rows, columns = logits.columns
        let classCount = max(columns, 2)
        guard rows > 0, rows == classes.count, columns > 0, classes.allSatisfy({ (0..<classCount).contains($0) })
        else { return nil }
        let row = { (r: Int) in (0..<columns).map { Double(logits[r, $0]) } }
        let predicted = (0..<rows).map { r -> Int in
            if columns == 1 { return logits[r, 0] > 0 ? 1 : 0 }
            var best = 0
            for j in 1..<columns where logits[r, j] > logits[r, best] { best = j }
            return best
        }
        switch columns {
        case 1: self.init(binary: predicted, actual: classes, scores: (0..<rows).map { row($0)[0] })
        case 2: self.init(binary: predicted, actual: classes, scores: (0..<rows).map { let l = row($0); return l[1] - l[0] })
        default:
            self.init(multiclass: predicted, actual: classes, probabilities: (0..<rows).map { Self.softmax(row($0)) })
        }
    }

    /// A binary task: `scores[r]` ranks row r's chance of class 1 (any increasing function of it).
    public init(binary predicted: [Int], actual: [Int], scores: [Double]) {
        let counts = Counts(predicted: predicted, actual: actual, positive: 1)
        accuracy = Self.accuracy(predicted, actual)
        precision = counts.precision
        recall = counts.recall
        specificity = counts.specificity
        f1 = counts.f1
        balancedAccuracy = Self.mean([counts.positives > 0 ? recall : nil, counts.negatives > 0 ? specificity : nil])
        let positives = actual.map { $0 == 1 }
        rocAUC = Self.rocAUC(scores: scores, positives: positives)
        prAUC = Self.averagePrecision(scores: scores, positives: positives)
    }

    /// A multi-class task: `probabilities[r][k]` is row r's probability of class k.
    public init(multiclass predicted: [Int], actual: [Int], probabilities: [[Double]]) {
        accuracy = Self.accuracy(predicted, actual)
        let labels = Set(predicted + actual).sorted()
        let perClass = labels.map { Counts(predicted: predicted, actual: actual, positive: $0) }
        precision = Self.mean(perClass.map(\.precision))
        recall = Self.mean(perClass.map(\.recall))
        specificity = Self.mean(perClass.map(\.specificity))
        f1 = Self.mean(perClass.map(\.f1))
        balancedAccuracy = Self.mean(perClass.map { $0.positives > 0 ? $0.recall : nil })
        let present = Set(actual).sorted()
        let columns = probabilities.first?.count ?? 0
        let scored = present.filter { $0 < columns }
        rocAUC = Self.mean(scored.map { k in
            Self.rocAUC(scores: probabilities.map { $0[k] }, positives: actual.map { $0 == k })
        })
        prAUC = Self.mean(scored.map { k in
            Self.averagePrecision(scores: probabilities.map { $0[k] }, positives: actual.map { $0 == k })
        })
        if present.count < 2 { (rocAUC, prAUC) = (.nan, .nan) }
    }

    /// One class against the rest.
    struct Counts {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0
        var positives: Int { truePositives + falseNegatives }
        var negatives: Int { trueNegatives + falsePositives }

        init(predicted: [Int], actual: [Int], positive: Int) {
            for (p, a) in zip(predicted, actual) {
                switch (p == positive, a == positive) {
                case (true, true): truePositives += 1
                case (true, false): falsePositives += 1
                case (false, true): falseNegatives += 1
                case (false, false): trueNegatives += 1
                }
            }
        }

        var precision: Double { Self.ratio(truePositives, truePositives + falsePositives) }
        var recall: Double { Self.ratio(truePositives, positives) }
        var specificity: Double { Self.ratio(trueNegatives, negatives) }
        var f1: Double { Self.ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives) }

        static func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    static func accuracy(_ predicted: [Int], _ actual: [Int]) -> Double {
        Double(zip(predicted, actual).filter { $0 == $1 }.count) / Double(max(actual.count, 1))
    }

    /// The mean of the values that exist; NaN when none does.
    static func mean(_ values: [Double?]) -> Double {
        let present = values.compactMap { $0 }
        return present.isEmpty ? .nan : present.reduce(0, +) / Double(present.count)
    }

    static func softmax(_ logits: [Double]) -> [Double] {
        let top = logits.max() ?? 0
        let exps = logits.map { Elementary.exp($0 - top) }
        let total = exps.reduce(0, +)
        return exps.map { $0 / total }
    }

    /// The rows sorted by score, highest first, in groups of equal score: (positives, negatives).
    static func groups(scores: [Double], positives: [Bool]) -> [(positives: Int, negatives: Int)] {
        let order = scores.indices.sorted { scores[$0] > scores[$1] || (scores[$0] == scores[$1] && $0 < $1) }
        var result: [(positives: Int, negatives: Int)] = []
        var last: Double?
        for i in order {
            if last != scores[i] { result.append((0, 0)) }
            last = scores[i]
            if positives[i] { result[result.count - 1].positives += 1 } else { result[result.count - 1].negatives += 1 }
        }
        return result
    }

    /// The probability that a random positive outscores a random negative, ties counting half.
    static func rocAUC(scores: [Double], positives: [Bool]) -> Double {
        guard scores.allSatisfy(\.isFinite) else { return .nan }
        let p = positives.filter { $0 }.count, n = positives.count - p
        guard p > 0, n > 0 else { return .nan }
        var negativesAbove = 0
        var pairs = 0.0
        for group in groups(scores: scores, positives: positives) {
            pairs += Double(group.positives) * (Double(n - negativesAbove - group.negatives) + 0.5 * Double(group.negatives))
            negativesAbove += group.negatives
        }
        return pairs / (Double(p) * Double(n))
    }

    static func averagePrecision(scores: [Double], positives: [Bool]) -> Double {
        guard scores.allSatisfy(\.isFinite) else { return .nan }
        let p = positives.filter { $0 }.count
        guard p > 0 else { return .nan }
        var truePositives = 0, selected = 0
        var total = 0.0
        for group in groups(scores: scores, positives: positives) {
            truePositives += group.positives
            selected += group.positives + group.negatives
            total += Double(group.positives) / Double(p) * (Double(truePositives) / Double(selected))
        }
        return total
    }
}
