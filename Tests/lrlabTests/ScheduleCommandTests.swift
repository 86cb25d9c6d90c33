import Foundation
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

    @Test func benchPrintsBothShapes() throws {
        let r = try LRLabBinary.run(["bench", "--repetitions", "1"])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.first?.contains("steps/s") == true && lines.first?.contains("GFLOP/s") == true)
        #expect(lines.dropFirst().allSatisfy { $0.contains("→") })
    }
}
