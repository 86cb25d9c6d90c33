import Foundation
import LRTestSupport
import Testing

/// `lrlab schedule` and `lrlab bench` through the built binary.
@Suite struct ScheduleCommandTests {
    @Test func printsTheRateOfEveryStepAsCSV() throws {
        let r = try LRLabBinary.run(["schedule", "valid/rosenbrock-sgd-step.yaml", "--steps", "3", "--set", "schedule.step_size=2", "--set", "optimizer.lr=0.1"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "step,lr\n1,0.1\n2,0.1\n3,0.05\n")
        #expect(r.stderr == "")
    }

    /// one_cycle cycles momentum, so the preview has a momentum column; its default length
    /// is the run's (here 300 updates, peaking 30 % in).
    @Test func oneCycleShowsMomentum() throws {
        let r = try LRLabBinary.run(["schedule", "valid/moons-mlp-adam-one-cycle.yaml", "--steps", "5"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "step,lr,momentum")
        #expect(lines.count == 6)
    }

    @Test func invalidFilePrintsLikeValidateAndExitsTwo() throws {
        let validate = try LRLabBinary.run(["validate", "invalid/lr-wrong-type.yaml"])
        let r = try LRLabBinary.run(["schedule", "invalid/lr-wrong-type.yaml", "--steps", "10"])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr == validate.stderr)
    }

    @Test func stepsMustBePositive() throws {
        let r = try LRLabBinary.run(["schedule", "valid/rosenbrock-sgd-step.yaml", "--steps", "0"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("'--steps' must be between 1"))
    }

    @Test func unknownFormatIsAUsageError() throws {
        let r = try LRLabBinary.run(["schedule", "valid/rosenbrock-sgd-step.yaml", "--steps", "3", "--format", "png"])
        #expect(r.status == 2)
    }

    /// Two schedules (one cycling momentum) crossed with two starts that do not change the
    /// schedule, over two seeds: two configurations previewed.
    static let sweep = """
        version: 1
        name: schedule-sweep
        seed: 1
        model: {kind: function, name: quadratic, start: [1.0]}
        optimizer: {kind: sgd, lr: 0.1, momentum: 0.9}
        schedule: {kind: step, step_size: 2, gamma: 0.5}
        train: {steps: 5}
        sweep:
          method: grid
          parameters:
            schedule:
              - {kind: step, step_size: 2, gamma: 0.5}
              - {kind: one_cycle, max_lr: 0.2}
            model.start: [[1.0], [2.0]]
          seeds: [1, 2]

        """

    /// Without --steps the run's own length (train.steps: 5); a sweep in long form, labelled
    /// as the report labels it, with a note for the configurations that collapsed.
    @Test func sweptScheduleSnapshots() throws {
        let files = try TempFiles()
        let path = try files.write("sweep.yaml", Self.sweep)
        for format in ["csv", "svg", "json"] {
            let r = try LRLabBinary.run(["schedule", path, "--format", format])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr == "note: 4 configurations give 2 distinct schedules; each is shown once, labelled by what tells them apart\n")
            Snapshot.check(r.stdout, named: "schedule/sweep.\(format)")
        }
        let csv = try LRLabBinary.run(["schedule", path])
        #expect(csv.stdout.hasPrefix("configuration,step,lr,momentum\nstep step_size=2 gamma=0.5,1,0.1,\n"))
        #expect(csv.stdout.split(separator: "\n").count == 1 + 2 * 5)
        let svg = try LRLabBinary.run(["schedule", path, "--format", "svg", "--out", files.directory + "/out.svg"])
        #expect(svg.status == 0 && svg.stdout == "")
        let written = try String(contentsOfFile: files.directory + "/out.svg", encoding: .utf8)
        #expect(written.contains("<title>Learning rate and momentum</title>"))
        if let renderer = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            let out = try ChildProcess.run(URL(fileURLWithPath: renderer), [files.directory + "/out.svg", "-o", files.directory + "/out.png"], in: files.directory)
            #expect(out.status == 0, "\(out.stderr)")
        }
    }

    /// A length the file does not fix is a located error, not a guess; --steps still works.
    @Test func missingRunLengthIsAnError() throws {
        let files = try TempFiles()
        let path = try files.write("bare.yaml", "version: 1\nname: bare\nmodel: {kind: function, name: quadratic, start: [1.0]}\noptimizer: {kind: sgd, lr: 0.1}\ntrain: {clip_grad_norm: 1.0}\n")
        let r = try LRLabBinary.run(["schedule", path])
        #expect(r.status == 2)
        #expect(r.stdout == "")
        #expect(r.stderr.contains("bare.yaml:5:8: error: train: missing required key 'steps' for function models"))
    }

    /// Methods that propose from results preview what is known up front and say the rest.
    @Test func adaptiveMethodsSayWhatTheyCannotShow() throws {
        let r = try LRLabBinary.run(["schedule", "valid/moons-sgd-halving.yaml", "--steps", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("note: halving: previewed the"))
    }

    @Test func benchPrintsBothShapes() throws {
        let r = try LRLabBinary.run(["bench", "--repetitions", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        // The kernel path, the header, four shapes, the measured peak and two GEMM shapes.
        #expect(lines.count == 9)
        #expect(lines.first?.hasPrefix("kernel path: ") == true)
        #expect(lines[1].contains("steps/s") && lines[1].contains("GFLOP/s"))
        #expect(lines[2..<6].allSatisfy { $0.contains("→") })
        #expect(lines[6].hasPrefix("single-core FP32 peak"))
        #expect(lines[7...].allSatisfy { $0.hasPrefix("gemm ") && $0.contains("% of peak") })
    }
}
