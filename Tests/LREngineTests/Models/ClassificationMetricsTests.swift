import Testing
import LRTestSupport
@testable import LREngine

/// Classification metrics against scikit-learn 1.9.1 on committed logits (values in eighths or
/// quarters, exact in float32, with ties): `accuracy_score`, `balanced_accuracy_score`,
/// `precision_score`/`recall_score`/`f1_score` (binary, or `average="macro"`), specificity from
/// `confusion_matrix`, `roc_auc_score` (multi-class: `multi_class="ovr"` on the softmax) and
/// `average_precision_score` (multi-class: macro over `label_binarize`d targets).
@Suite struct ClassificationMetricsTests {
    struct Case: Sendable {
        var name: String
        var logits: [[Float]]
        var classes: [Int]
        /// accuracy, balanced accuracy, precision, recall, specificity, F1, ROC AUC, PR AUC.
        var expected: [Double]
    }

    static let cases: [Case] = [
        Case(
            name: "single",
            logits: [[3.0], [-3.875], [0.625], [-0.875], [0.125], [-0.375], [-3.0], [0.375], [-1.25], [5.0],
                [1.125], [-0.5], [0.375], [-1.0], [-1.625], [0.125], [0.75], [-0.375], [1.375], [-0.25],
                [0.0], [2.375], [0.875], [0.0]],
            classes: [0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1],
            expected: [0.6666666666666666, 0.7222222222222223, 0.4166666666666667, 0.8333333333333334,
                0.6111111111111112, 0.5555555555555556, 0.6342592592592593, 0.34365079365079365]),
        Case(
            name: "two",
            logits: [[1.25, 0.25], [1.0, 0.25], [-1.0, 1.0], [1.0, -0.25], [-0.25, 0.25], [-2.5, 1.25], [1.0,
                -1.75], [0.0, -0.5], [0.75, -1.5], [-1.0, 1.25], [1.75, -2.25], [-0.5, 0.75], [0.0, 1.5],
                [-1.25, 0.75], [-1.0, 2.0], [0.5, -0.25], [-1.25, 1.75], [1.25, 0.75], [1.25, 0.75], [-0.25,
                -0.75]],
            classes: [0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0],
            expected: [0.65, 0.6499999999999999, 0.6666666666666666, 0.6, 0.7, 0.631578947368421, 0.73,
                0.721965811965812]),
        Case(
            name: "three",
            logits: [[1.25, 1.5, 0.25], [-0.25, 1.0, -0.25], [0.75, -0.75, 1.0], [-0.0, 0.5, 1.0], [2.5, 1.5,
                2.25], [-2.0, -0.25, 0.25], [0.5, -1.5, 1.25], [1.0, -0.5, -1.0], [0.0, 0.0, 0.75], [2.0, 0.5,
                0.75], [0.25, 2.5, 0.75], [1.25, -0.25, -0.25], [-0.75, 2.25, 0.75], [0.5, -0.5, 0.5], [-0.75,
                -0.25, 0.5], [2.5, -0.25, 0.25], [-0.5, -1.25, 0.5], [0.75, 0.75, 0.25], [0.0, 1.0, -1.5],
                [-0.5, 0.0, 0.0], [-0.5, 0.0, -0.25], [0.75, 0.25, -0.25], [1.5, 0.75, 1.75], [-1.25, 0.75,
                -0.5], [1.0, 0.75, 1.0], [1.0, 1.0, 1.5], [-0.25, 0.5, 0.75], [-0.5, 2.25, 1.75], [3.0, -0.0,
                -0.5], [0.25, 1.5, -0.5]],
            classes: [1, 1, 2, 2, 2, 2, 1, 1, 0, 1, 1, 1, 1, 0, 1, 2, 0, 1, 1, 2, 1, 1, 0, 0, 0, 1, 1, 2, 0, 1],
            expected: [0.43333333333333335, 0.43154761904761907, 0.43333333333333335, 0.43154761904761907,
                0.7256728778467908, 0.41478129713423834, 0.6368724120082815, 0.4890786886668134]),
    ]

    @Test(arguments: cases.map(\.name))
    func matchesScikitLearn(name: String) throws {
        let c = try #require(Self.cases.first { $0.name == name })
        let logits = Matrix(rows: c.logits.count, columns: c.logits[0].count, storage: c.logits.flatMap { $0 })
        let m = try #require(ClassificationMetrics(logits: logits, classes: c.classes))
        let actual = [m.accuracy, m.balancedAccuracy, m.precision, m.recall, m.specificity, m.f1, m.rocAUC, m.prAUC]
        let names = ["accuracy", "balanced accuracy", "precision", "recall", "specificity", "F1", "ROC AUC", "PR AUC"]
        for i in actual.indices {
            #expect(isClose(actual[i], c.expected[i], rtol: 1e-9), "\(name) \(names[i]): \(actual[i]) vs \(c.expected[i])")
        }
        // Accuracy is the one the trainer already reports.
        #expect(m.accuracy == Metrics.accuracy(logits: logits, classes: c.classes))
    }

    /// A ROC AUC of 1 for a perfect ranking, ½ when every score ties, NaN with one class only;
    /// zero denominators count as 0.
    @Test func edgeCases() throws {
        let perfect = ClassificationMetrics(binary: [0, 0, 1, 1], actual: [0, 0, 1, 1], scores: [-2, -1, 1, 2])
        #expect(perfect.rocAUC == 1 && perfect.prAUC == 1 && perfect.f1 == 1 && perfect.specificity == 1)
        let ties = ClassificationMetrics(binary: [1, 1, 1, 1], actual: [0, 1, 0, 1], scores: [0, 0, 0, 0])
        #expect(ties.rocAUC == 0.5 && ties.prAUC == 0.5 && ties.specificity == 0)
        let oneClass = ClassificationMetrics(binary: [0, 0], actual: [0, 0], scores: [0.1, 0.2])
        #expect(oneClass.rocAUC.isNaN && oneClass.prAUC.isNaN && oneClass.precision == 0 && oneClass.recall == 0)
        #expect(ClassificationMetrics(logits: Matrix(rows: 1, columns: 1), classes: [2]) == nil)
        #expect(ClassificationMetrics(logits: Matrix(rows: 2, columns: 1), classes: [0]) == nil)
    }
}
