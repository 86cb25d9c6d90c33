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
        #expect(BundleCheck.isExempt("trials/abc/trainer.log", external: true, tolerant: false))
        #expect(!BundleCheck.isExempt("trials/abc/trainer.log", external: false, tolerant: false))
        #expect(!BundleCheck.isExempt("trials/abc/curve.csv", external: true, tolerant: false))
        #expect(BundleCheck.isExempt("trials/abc/curve.csv", external: true, tolerant: true))
        #expect(BundleCheck.isExempt("metrics.json", external: true, tolerant: true))
        #expect(!BundleCheck.isExempt("config.yaml", external: true, tolerant: true))
        #expect(!BundleCheck.isExempt("trials/abc/initializer.json", external: true, tolerant: true))
    }

    /// A trainer whose numbers move in the fifth digit from run to run (an unseeded GPU kernel,
    /// say), and whose log always differs.
    static let jitteryTrainer = #"""
        import json, os, random
        out = os.fdopen(int(os.environ["LRLAB_CHANNEL_OUT"]), "w")
        inp = os.fdopen(int(os.environ["LRLAB_CHANNEL_IN"]), "r")
        def send(m): out.write(json.dumps(m) + "\n"); out.flush()
        send({"type": "hello", "protocol": "lrlab.trainer/1"})
        trial = json.loads(inp.readline())
        print("started", random.random())
        for epoch in range(trial["epochs"]):
            for step in range(3):
                send({"type": "update", "train_loss": (1.0 + random.random() * 1e-5) / (1 + epoch + step)})
                json.loads(inp.readline())
            send({"type": "epoch", "metrics": {"val_loss": (1.0 + random.random() * 1e-5) / (1 + epoch)}})
            if json.loads(inp.readline())["type"] == "stop": break
        send({"type": "bye"})
        """#

    @Test(.enabled(if: ExternalRunTests.python != nil, "python3 is not installed: the trainer is not run"),
          arguments: [("", false), (", check_rtol: 1.0e-3", true)])
    func checkIsExactUnlessTheExperimentDeclaresATolerance(tolerance: String, reproduces: Bool) throws {
        let files = try TempFiles()
        try files.write("jitter.py", Self.jitteryTrainer)
        let path = try files.write("ext.yaml", """
            version: 1
            name: jitter
            trainer: {command: [python3, jitter.py]\(tolerance)}
            model: {kind: external}
            optimizer: {kind: sgd, lr: 0.1}
            train: {epochs: 2}
            """)
        let run = ExperimentRun(files: [path], outDirectory: files.directory + "/out", jobs: 1,
                                cacheDirectory: files.directory + "/cache")
        var plan = try run.plans().get()[0]
        guard case .written = run.execute(plan, work: .runner) else {
            Issue.record("no bundle")
            return
        }
        plan.bundleDirectory = files.directory + "/out/jitter"
        let finding = try BundleCheck(files: [path], jobs: 1).check(plan, scratch: files.directory + "/check")
        switch finding {
        case .reproduced: #expect(reproduces)
        case .differs(_, let diff):
            #expect(!reproduces)
            #expect(diff.differingFiles.contains { $0.hasSuffix("/curve.csv") })
            #expect(!diff.differingFiles.contains { $0.hasSuffix("/trainer.log") })
        case .failed(let reason): Issue.record("\(reason)")
        }
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
