import Foundation
import LREngine
import Testing

@testable import LRTrial
@testable import LRBundle
import LRTestSupport

/// The `bandit_arm` curve column of bandit-scheduled trials.
@Suite struct BanditArmTests {
    static func experiment(policy: String) -> String {
        """
        version: 1
        name: bandit
        seed: 11
        data: {source: moons, samples: 300, noise: 0.2}
        model: {kind: mlp, hidden: [8], activation: tanh}
        optimizer: {kind: sgd, lr: 0.01, momentum: 0.9}
        schedule:
          kind: bandit
          arms: [0.5, 1.0, 2.0]
          policy: \(policy)
          decision_interval: 10
          min_lr: 1.0e-3
          max_lr: 0.5
        train: {epochs: 6, batch_size: 32}

        """
    }

    /// Every row names an arm; at each decision the rate moves by the chosen arm's factor
    /// (clamped to the bounds), and between decisions neither changes.
    @Test(arguments: ["ucb1", "exp3"])
    func armExplainsEveryRateChange(_ policy: String) throws {
        let files = try TempFiles()
        let experiment = try #require(try ExperimentText.load(Self.experiment(policy: policy), files: files))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        let columns = outcome.curve.columns
        let armColumn = try #require(columns.firstIndex(of: "bandit_arm"))
        let lrColumn = try #require(columns.firstIndex(of: "lr"))
        let arms = outcome.curve.rows.map { $0[armColumn] }
        let rates = outcome.curve.rows.compactMap { $0[lrColumn] }
        #expect(arms.allSatisfy { $0 != nil && [0, 1, 2].contains($0!) })
        let factors = [0.5, 1.0, 2.0]
        for row in 1..<rates.count {
            let arm = Int(try #require(arms[row]))
            if row % 10 == 0 {
                let expected = min(max(rates[row - 1] * factors[arm], 1e-3), 0.5)
                #expect(abs(rates[row] - expected) <= 1e-15 * expected, "row \(row)")
            } else {
                #expect(arms[row] == arms[row - 1])
                #expect(rates[row] == rates[row - 1])
            }
        }
        // More than one arm is tried.
        #expect(Set(arms.compactMap { $0 }).count > 1)
    }

    @Test func otherSchedulesHaveNoArmColumn() throws {
        let files = try TempFiles()
        let text = Self.experiment(policy: "ucb1").replacingOccurrences(
            of: "  kind: bandit\n  arms: [0.5, 1.0, 2.0]\n  policy: ucb1\n  decision_interval: 10\n  min_lr: 1.0e-3\n  max_lr: 0.5\n",
            with: "  kind: constant\n")
        let experiment = try #require(try ExperimentText.load(text, files: files))
        let outcome = TrialRunner().run(ExperimentText.spec(experiment))
        #expect(outcome.status == .ok)
        #expect(!outcome.curve.columns.contains("bandit_arm"))
    }

    @Test func armsAreWrittenAsIntegers() {
        let table = CurveTable(columns: ["step", "bandit_arm"], rows: [[1, 2], [2, nil]])
        #expect(CurveCSV.text(table) == "step,bandit_arm\n1,2\n2,\n")
    }
}
