import Foundation
import LRRun
import Testing
import LRTestSupport

/// `validate` refuses what `plan` and `run` refuse: it runs the same sweep expansion.
@Suite struct ValidatePlanAgreementTests {
    /// 10⁶ random trials × 1,000 seeds: refused by `validate`, located at the sweep.
    @Test func oversizedRandomSweepFailsValidation() throws {
        let files = try TempFiles()
        let seeds = (1...1000).map(String.init).joined(separator: ", ")
        let path = try files.write("a.yaml", minimalExperiment + """
            sweep:
              method: random
              trials: 1000000
              parameters: {optimizer.lr: {log_uniform: [0.0001, 0.1]}}
              seeds: [\(seeds)]

            """)
        let output = Validated(path)
        #expect(!output.isValid)
        #expect(output.rendered().contains("\(path):"))
        #expect(output.rendered().contains("error: "))
    }

    /// Every experiment that validates also plans: the examples and every valid fixture.
    @Test func everyValidExperimentPlans() throws {
        let examples = (try FileManager.default.contentsOfDirectory(atPath: "\(Fixtures.packageRoot)/experiments"))
            .filter { $0.hasSuffix(".yaml") }.map { "\(Fixtures.packageRoot)/experiments/\($0)" }
        let fixtures = Fixtures.names("valid").map { Fixtures.path("valid", $0) }
        #expect(examples.count >= 10 && fixtures.count >= 10)
        for file in (examples + fixtures).sorted() {
            #expect(Validated(file).isValid, "\(file) does not validate")
            #expect(throws: Never.self, "\(file) does not plan") { try ExpandedExperiment(file: file) }
        }
    }
}
