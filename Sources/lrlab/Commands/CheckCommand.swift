import ArgumentParser
import Foundation
import LRConfig
import LRBundle
import LRRun

/// `lrlab check`: rerun experiments and compare with their committed bundles.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Rerun experiments from scratch and compare with their committed bundles.",
        discussion: """
            Each FILE (default: every experiment in experiments/ with a bundle in results/<name>/) \
            is run into a temporary directory with a fresh cache, so every trial trains again, and \
            the new bundle is compared with the committed one (provenance aside). Exact unless \
            --atol/--rtol relax it.

            With --summary FILE, a markdown table of the results (and each difference, folded) \
            is appended to FILE: in GitHub Actions, --summary "$GITHUB_STEP_SUMMARY" shows it on \
            the job's page.

            Exit status: 0 every experiment reproduced, 1 a difference (the diff is printed), 2 error.
            """)

    @Argument(help: "Experiment files to check.")
    var files: [String] = []

    @Option(help: "Absolute tolerance: |a−b| ≤ atol + rtol·|b| counts as unchanged.")
    var atol: Double = 0

    @Option(help: "Relative tolerance (relative to the new value).")
    var rtol: Double = 0

    @Option(name: .customLong("jobs"), help: ArgumentHelp("Trials to run at once (default: the number of active processors).", valueName: "jobs"))
    var jobOption: Int?

    /// `--jobs`, or the number of active processors.
    var jobs: Int { jobOption ?? ProcessInfo.processInfo.activeProcessorCount }

    @Option(help: ArgumentHelp("Append a markdown summary to this file (e.g. $GITHUB_STEP_SUMMARY).", valueName: "file"))
    var summary: String?

    @OptionGroup var format: FormatOption<ReportFormat>

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard atol >= 0, atol.isFinite else { throw ValidationError("--atol must be a finite number ≥ 0") }
        guard rtol >= 0, rtol.isFinite else { throw ValidationError("--rtol must be a finite number ≥ 0") }
    }

    func run() throws {
        emit(output())
    }

    /// `check: <name> ok` per experiment; on a difference exit 1 with the diff (text); exit 2
    /// for invalid experiments or damaged or missing bundles.
    func output(directory: String = FileManager.default.currentDirectoryPath) -> CommandOutput {
        // A check is about exact reproduction: show which trials moved.
        let options = DiffOptions(atol: atol, rtol: rtol, trials: true)
        let findings: [BundleCheck.Finding]
        do {
            findings = try BundleCheck(files: files, options: options, jobs: jobs, directory: directory).run()
        } catch {
            switch error {
            case .noExperiments: return .error("no experiments with a committed bundle in experiments/")
            case .invalid(let error): return .invalid(error.diagnostics)
            }
        }
        var output = Self.render(findings, options: options)
        if format.format == .json { output.stdout = CommandJSON.check(findings) }
        if let summary {
            do { try CheckSummary.append(CheckSummary.markdown(findings, options: options), to: summary) } catch {
                output.stderr += "error: cannot write the summary to \(summary): \(error.localizedDescription)\n"
                output.exitCode = ExitStatus.invalidInput
            }
        }
        return output
    }

    static func render(_ findings: [BundleCheck.Finding], options: DiffOptions) -> CommandOutput {
        var output = CommandOutput()
        for finding in findings {
            switch finding {
            case .reproduced(let name):
                output.stdout += "check: \(name) ok\n"
            case .differs(let name, let diff):
                output.stdout += "check: \(name) differs\n" + DiffRenderer.render([diff], format: .text, options: options)
                if output.exitCode == ExitStatus.ok { output.exitCode = ExitStatus.checkFailed }
            case .failed(let reason):
                output.stderr += "error: \(reason)\n"
                output.exitCode = ExitStatus.invalidInput
            }
        }
        return output
    }
}
