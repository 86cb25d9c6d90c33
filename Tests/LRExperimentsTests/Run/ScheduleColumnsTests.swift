import Foundation
import LREngine
import Testing

@testable import LRTrial

/// The curve columns a schedule records as it runs, written from what the trainer recorded.
@Suite struct ScheduleColumnsTests {
    static func run(schedule: String, optimizer: String = "{kind: sgd, lr: 0.05}") throws -> TrialOutcome {
        try #require(try TrialRunnerTests.run(TrialRunnerTests.iris.replacingOccurrences(
            of: "optimizer: {kind: adam, lr: 0.01}", with: "optimizer: \(optimizer)\nschedule: \(schedule)")))
    }

    /// A hypergradient optimizer applies its own rate, not the schedule's; the chain is
    /// recorded all the same.
    @Test func annealingUnderALearnedRateKeepsItsColumns() throws {
        let outcome = try Self.run(
            schedule: "{kind: annealing, proposal_interval: 2, initial_temperature: 1}", optimizer: "{kind: sgd_hd, lr: 0.05}")
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.curve.columns.suffix(3) == ["temperature", "accepted", "acceptance_rate"])
        #expect(try #require(outcome.curve.column("temperature")).allSatisfy { $0 != nil })
        let accepted = try #require(outcome.curve.column("accepted"))
        // One test every second update once the first interval set the reference.
        #expect(accepted.indices.filter { accepted[$0] != nil } == Array(stride(from: 3, to: 280, by: 2)))
    }

    @Test func banditBehindAWarmupRecordsItsArm() throws {
        let outcome = try Self.run(schedule: "{kind: bandit, decision_interval: 5, warmup: {steps: 4}}")
        #expect(outcome.status == .ok, "\(outcome.message ?? "")")
        #expect(outcome.curve.columns.last == "bandit_arm")
        let arms = try #require(outcome.curve.column("bandit_arm"))
        #expect(arms.count == 280)
        #expect(arms.allSatisfy { $0.map { [0, 1, 2].contains($0) } == true })
    }

    @Test func otherSchedulesAddNoColumns() throws {
        let outcome = try Self.run(schedule: "{kind: step, step_size: 50, gamma: 0.5}")
        #expect(outcome.curve.columns == [
            "step", "epoch", "lr", "train_loss", "grad_norm", "val_loss", "val_accuracy",
        ])
    }
}
