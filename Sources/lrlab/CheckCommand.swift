import ArgumentParser
import Foundation
import LRExperiments

/// `lrlab check`: rerun experiments and compare with their committed bundles.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Rerun experiments from scratch and compare with their committed bundles.",
        discussion: """
            Each FILE (default: every experiment in experiments/ with a bundle in results/<name>/) \
            is run into a temporary directory with a fresh cache, so every trial trains again, and \
            the new bundle is compared with the committed one (provenance aside). Exact unless \
            --atol/--rtol relax it.

            Exit status: 0 every experiment reproduced, 1 a difference (the diff is printed), 2 error.
            """)

    @Argument(help: "Experiment files to check.")
    var files: [String] = []

    @Option(help: "Absolute tolerance: |a−b| ≤ atol + rtol·|b| counts as unchanged.")
    var atol: Double = 0

    @Option(help: "Relative tolerance (relative to the new value).")
    var rtol: Double = 0

    @Option(help: "Trials to run at once (default: the number of active processors).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        guard atol >= 0, atol.isFinite else { throw ValidationError("--atol must be a finite number ≥ 0") }
        guard rtol >= 0, rtol.isFinite else { throw ValidationError("--rtol must be a finite number ≥ 0") }
    }

    func run() throws {
        emit(CheckCommand(files: files, options: DiffOptions(atol: atol, rtol: rtol), jobs: jobs).run())
    }
}
