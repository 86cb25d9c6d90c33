import Testing
@testable import LRConfig
@testable import LRTrial
@testable import LRBundle
@testable import LRRun
@testable import lrlab
import LRTestSupport
import LRExperimentsTestSupport

@Suite struct RunTextTests {
    @Test func sweptMappingsReadAsTheReportWritesThem() {
        let value = JSONValue.object([("kind", .string("sgd")), ("lr", .number(0.1)), ("betas", .array([.number(0.9), .number(0.999)]))])
        #expect(RunText.parameterText(value) == "{kind: sgd, lr: 0.1, betas: [0.9, 0.999]}")
    }

    @Test func theJobsHelpStatesItsDefaultOnce() throws {
        for command in ["run", "check"] {
            let help = try LRLabBinary.run([command, "--help"]).stdout
            #expect(help.contains("(default: the number of active") && !help.contains("(default: 2)") && !help.contains("(default: 1)"))
        }
    }
    @Test func logLines() throws {
        let files = try TempFiles()
        let spec = SampleRuns.spec(try SampleRuns.experiment(files), lr: 0.1, seed: 1)
        let ok = SampleRuns.outcome(trainLoss: 0.5, valLoss: 0.123456)
        #expect(RunText.logLine(done: 3, total: 12, trial: spec, outcome: ok, cached: false, seconds: 1.23)
            == "[3/12] trial c0000000000a1 ok val_loss=0.1235 (1.2s)")
        #expect(RunText.logLine(done: 4, total: 12, trial: spec, outcome: ok, cached: true, seconds: 0)
            == "[4/12] trial c0000000000a1 ok val_loss=0.1235 (cached)")
        let diverged = SampleRuns.outcome(trainLoss: .infinity, valLoss: .nan, status: .diverged)
        #expect(RunText.logLine(done: 5, total: 12, trial: spec, outcome: diverged, cached: false, seconds: 75)
            == "[5/12] trial c0000000000a1 diverged val_loss=nan: loss is inf at step 3 (1m15s)")
    }

    @Test func progressBar() {
        #expect(RunText.progressBar(
            done: 6, total: 12, running: 2, current: ("0123456789ab", TrialProgress(done: 4, total: 20, unit: "epoch")),
            eta: 42, width: 12)
            == "[######------] 6/12 trials · 2 running · 01234567 epoch 4/20 · ETA 0:42")
        #expect(RunText.progressBar(done: 0, total: 3, running: 0, current: nil, eta: nil, width: 3) == "[---] 0/3 trials")
    }

    @Test func summaryEndsWithTheBundleLine() throws {
        let files = try TempFiles()
        let result = SampleRuns.result(try SampleRuns.experiment(files))
        let execution = ExecutionReport(outcomes: result.trials.map(\.outcome), trained: 3, cached: 1, ending: .completed)
        let text = RunText.summary(result, metrics: BundleMetrics(result: result), directory: "results/sample-sweep", execution: execution)
        #expect(text == """
            sample-sweep: 4 trials (3 trained, 1 cached): 2 ok, 2 diverged
            best: lr=0.1 (c0000000000a) val_loss 0.375 ± 0.1768 (n=2)
            bundle: results/sample-sweep

            """)
    }
}
