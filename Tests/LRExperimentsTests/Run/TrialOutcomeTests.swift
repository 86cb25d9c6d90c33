import Testing

@testable import LRTrial

@Suite struct TrialOutcomeTests {
    @Test func aFailedTrialHasNothingMeasured() {
        let outcome = TrialOutcome.failed("data: no such file")
        #expect(outcome.status == .failed)
        #expect(outcome.message == "data: no such file")
        #expect(outcome.final.isEmpty && outcome.best.isEmpty)
        #expect(outcome.curve == CurveTable(columns: []))
        #expect(outcome.epochs == 0 && outcome.steps == 0)
    }
}
