import Foundation
import Testing
@testable import LRConfig
@testable import LRBundle
@testable import LRRun
@testable import lrlab

/// Colour, exit statuses and the shared rendering of the executable.
@Suite struct TerminalTests {
    let diagnostic = Diagnostic(
        file: "experiments/a.yaml", line: 12, column: 7, path: "optimizer.lr",
        message: "expected a positive number, got \"fast\"", sourceLine: "  lr: fast")

    @Test func colourOnlyWhenAsked() {
        #expect(!Terminal.diagnostics([diagnostic]).contains("\u{1B}["))
        #expect(Terminal.diagnostics([diagnostic], colour: true) == """
            \u{1B}[1mexperiments/a.yaml:12:7:\u{1B}[0m \u{1B}[1;31merror:\u{1B}[0m \
            \u{1B}[1moptimizer.lr: expected a positive number, got "fast"\u{1B}[0m
              lr: fast
                  \u{1B}[1;32m^\u{1B}[0m

            """)
        var warning = diagnostic
        warning.severity = .warning
        #expect(Terminal.diagnostics([warning], colour: true).contains("\u{1B}[1;35mwarning:\u{1B}[0m"))
        // Colour is for the text format only.
        #expect(!Terminal.diagnostics([diagnostic], format: .json, colour: true).contains("\u{1B}["))
    }

    @Test func aBundleThatCouldNotBeWrittenExitsTwo() {
        let report = ExecutionReport(outcomes: [], trained: 0, cached: 0, ending: .completed)
        let failed = RunAttempt.bundleFailed(.writeFailed("out/b", reason: "Read-only file system"), execution: report)
        #expect(Run.exitStatus([failed]) == ExitStatus.environmentError)
        #expect(Run.exitStatus([.stopped(report)]) == ExitStatus.checkFailed)
        #expect(Run.exitStatus([.stopped(report), failed]) == ExitStatus.environmentError)
        #expect(Run.exitStatus([]) == ExitStatus.ok)
        #expect(ExitStatus.environmentError == 2)
    }

    @Test func checkFindingsDecideTheExitStatus() {
        let ok = Check.render([.reproduced(name: "a"), .reproduced(name: "b")], options: DiffOptions())
        #expect(ok == CommandOutput(stdout: "check: a ok\ncheck: b ok\n"))
        let damaged = Check.render([.failed(reason: "results/a/metrics.json: missing"), .reproduced(name: "b")], options: DiffOptions())
        #expect(damaged == CommandOutput(
            stdout: "check: b ok\n", stderr: "error: results/a/metrics.json: missing\n", exitCode: ExitStatus.invalidInput))
    }

    @Test func sharedOptionsAreOneDeclaration() throws {
        for command in [["graph"], ["plan"], ["schedule", "--steps", "3"], ["lr-find"]] {
            let parsed = try LRLab.parseAsRoot(command + ["exp.yaml", "--set", "a=1", "--set", "b=2"])
            let arguments = switch parsed {
            case let graph as Graph: graph.experiment
            case let plan as Plan: plan.experiment
            case let schedule as ScheduleCommand: schedule.experiment
            case let find as LRFindCommand: find.experiment
            default: nil as ExperimentFileArguments?
            }
            #expect(arguments?.file == "exp.yaml", "\(command)")
            #expect(arguments?.overrides == ["a=1", "b=2"], "\(command)")
        }
        #expect(try Validate.parse(["a.yaml", "--format", "json"]).output.format == .json)
        #expect(try Graph.parse(["a.yaml"]).output.format == .mermaid)
        #expect(try Diff.parse([]).output.format == .text)
        #expect(try ScheduleCommand.parse(["a.yaml", "--steps", "2"]).output.format == .csv)
    }
}
