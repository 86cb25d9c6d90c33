import Foundation
import Testing

@testable import LRBundle
@testable import LRConfig
@testable import LRRun
import LRTestSupport

/// `lrlab check` on an external trainer's bundle: exact by default, within the tolerances the
/// experiment declares, never holding the trainer's own log to reproduction.
@Suite(.serialized) struct ExternalCheckTests {
    @Test func theExperimentsTolerancesWidenTheCommandLines() throws {
        let files = try TempFiles()
        try files.write("t.py", "")
        let path = try files.write("a.yaml", """
            version: 1
            name: ext
            trainer: {command: [python3, t.py], check_atol: 1e-9, check_rtol: 1e-6}
            model: {kind: external}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 1}
            """)
        let experiment = try ExperimentLoader().load(file: path)
        let widened = BundleCheck.options(DiffOptions(atol: 0, rtol: 1e-3), for: experiment)
        #expect(widened.atol == 1e-9 && widened.rtol == 1e-3)
    }

    @Test func logsAreExemptAndNumbersOnlyWithTolerances() {
        #expect(BundleCheck.isExempt("trials/abc/trainer.log", tolerant: false))
        #expect(!BundleCheck.isExempt("trials/abc/curve.csv", tolerant: false))
        #expect(BundleCheck.isExempt("trials/abc/curve.csv", tolerant: true))
        #expect(BundleCheck.isExempt("metrics.json", tolerant: true))
        #expect(!BundleCheck.isExempt("config.yaml", tolerant: true))
        #expect(!BundleCheck.isExempt("trials/abc/initializer.json", tolerant: true))
    }

    @Test(.enabled(if: ExternalRunTests.hasNumpy, "python3 with numpy is not installed: the NumPy trainer is not run"))
    func aRerunReproducesTheNumPyBundle() throws {
        let files = try TempFiles()
        let path = try files.write("ext.yaml", ExternalRunTests.yaml(
            schedule: "{kind: step, step_size: 7, gamma: 0.5}", epochs: 2,
            sweep: "sweep: {method: grid, seeds: [1, 2]}"))
        let run = ExperimentRun(files: [path], outDirectory: files.directory + "/out", jobs: 2,
                                cacheDirectory: files.directory + "/cache")
        let plan = try run.plans().get()[0]
        guard case .written = run.execute(plan, work: .runner) else {
            Issue.record("no bundle")
            return
        }
        var committed = plan
        committed.bundleDirectory = files.directory + "/out/ext"
        let finding = try BundleCheck(files: [path], jobs: 2).check(committed, scratch: files.directory + "/check")
        guard case .reproduced = finding else {
            Issue.record("not reproduced: \(finding)")
            return
        }
    }
}
