@testable import LRConfig
import Testing
import LRTestSupport

/// `--set dotted.path=value`: YAML values, applied after extends, errors at the argument.
@Suite struct OverrideTests {
    @Test func valuesAreParsedAsYAML() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let e = try ExperimentLoader().load(
            file: path,
            overrides: ["optimizer.lr=0.01", "model.hidden=[32, 32]", "schedule.kind=step", "schedule.step_size=5", "seed=9"])
        #expect(e.optimizer.lr == 0.01)
        #expect(e.model.hidden == [32, 32])
        #expect(e.schedule.kind as? StepScheduleKind == StepScheduleKind(stepSize: 5, gamma: 0.1))
        #expect(e.seed == 9)
    }

    @Test func overridesApplyAfterExtends() throws {
        let e = try ExperimentLoader().load(
            file: Fixtures.path("valid", "extends-two-bases.yaml"), overrides: ["train.epochs=3"])
        #expect(e.train.epochs == 3)
    }

    @Test func invalidValueIsLocatedInTheArgument() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let output = Validated(path, overrides: ["seed=1", "optimizer.lr=fast"])
        #expect(!output.isValid)
        #expect(output.rendered() == """
            <command line>:2:14: error: optimizer.lr: expected a positive number, got "fast"
            optimizer.lr=fast
                         ^

            """)
    }

    @Test func unknownKeyIsLocatedAtTheKeyComponent() throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let result = ExperimentLoader().check(file: path, overrides: ["optimizer.momentun=0.9"])
        let d = try #require(result.diagnostics.first)
        #expect((d.file, d.line, d.column) == ("<command line>", 1, 11))
        #expect(d.message == "unknown key 'momentun'; did you mean 'momentum'?")
    }

    @Test(arguments: [
        ("noequals", 1, "expected 'path=value', got 'noequals'"),
        ("a..b=1", 1, "'a..b' is not a dotted path"),
        ("model.hidden=[1, 2", 14, "did not find expected ',' or ']'"),
        ("name.x=1", 1, "cannot set 'x' inside the scalar"),
        ("extends=base.yaml", 1, "'extends' cannot be set from the command line"),
    ])
    func malformedArguments(argument: String, column: Int, message: String) throws {
        let files = try TempFiles()
        let path = try files.write("a.yaml", minimalExperiment)
        let result = ExperimentLoader().check(file: path, overrides: [argument])
        let d = try #require(result.diagnostics.first)
        #expect(d.file == "<command line>")
        #expect(d.column == column)
        #expect(d.message.hasPrefix(message))
        #expect(result.experiment == nil)
    }
}
