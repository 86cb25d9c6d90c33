import Foundation
import Testing

@testable import LRTrial
@testable import LRReport
import LRExperimentsTestSupport
import LRTestSupport

/// A cyclic schedule cycles momentum by default; against a constant schedule that is a second
/// difference the sweep did not ask for, and the report names it.
@Suite struct MomentumConfoundTests {
    static func report(cycleMomentum: Bool) throws -> String {
        let cyclic = "{kind: cyclic, base_lr: 0.01, max_lr: 0.1, step_size_up: 5, cycle_momentum: \(cycleMomentum)}"
        let fixture = try SweepFixture("""
            version: 1
            name: cyclic-vs-constant
            data: {source: moons, samples: 120}
            model: {kind: mlp, hidden: [4]}
            optimizer: {kind: sgd, lr: 0.05}
            train: {epochs: 3, batch_size: 16}
            sweep: {method: grid, parameters: {schedule: [{kind: constant}, \(cyclic)]}, seeds: [1, 2]}

            """)
        let trials = try fixture.trials().map { RunResult.Trial(spec: $0, outcome: TrialRunner().run($0)) }
        let result = RunResult(experiment: fixture.experiment, trials: trials)
        return MarkdownReport.render(result, RunSummary(result), plots: [])
    }

    @Test func onlyTheCyclicArmCyclesMomentum() throws {
        let report = try Self.report(cycleMomentum: true)
        #expect(report.contains("- **Confound:** only `cyclic` (0.8–0.9) cycle momentum as they train, which the sweep does not vary"))
        #expect(!(try Self.report(cycleMomentum: false)).contains("Confound"))
    }
}
