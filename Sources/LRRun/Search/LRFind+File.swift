import Foundation
import LRBundle
import LRConfig
import LREngine

extension LRFind {
    /// A range test run on an experiment file and written to disk.
    package struct Report: Sendable {
        package var result: RangeTestResult
        /// Where the curve, plot and suggestions were written.
        package var directory: String
        /// Warnings of loading the file.
        package var warnings: [Diagnostic]
    }

    /// Why a range test did not run or was not written.
    package enum Failure: Error, Sendable {
        /// The file is invalid: every diagnostic found loading it.
        case invalid([Diagnostic])
        /// A setting out of range (`problem`), with the file's warnings.
        case settings(String, warnings: [Diagnostic])
        /// The range test cannot run on this experiment; one located error.
        case rangeTest(TrialError, warnings: [Diagnostic])
        /// The result could not be written.
        case write(String, warnings: [Diagnostic])
    }

    /// Loads `file` with `overrides`, runs this range test on it and writes the bundle to
    /// `<out>/<name>-lr-find` (`out` defaults to `output.dir`, as `run --out` does).
    package func run(
        file: String, overrides: [String] = [], out: String? = nil, loader: ExperimentLoader = ExperimentLoader()
    ) throws(Failure) -> Report {
        let checked = loader.check(file: file, overrides: overrides)
        let warnings = checked.diagnostics
        guard checked.isValid, let experiment = checked.experiment else { throw .invalid(checked.diagnostics) }
        if let problem { throw .settings(problem, warnings: warnings) }
        let result: RangeTestResult
        do {
            result = try run(experiment)
        } catch {
            throw .rangeTest(error, warnings: warnings)
        }
        let directory = BundleReader.join(out ?? experiment.output.dir, experiment.name + "-lr-find")
        do {
            try LRFindBundle.write(result, settings: self, name: experiment.name, to: directory)
        } catch {
            let reason = (error as? BundleError)?.description
                ?? "cannot write '\(directory)': \(AtomicDirectory.reason(error))"
            throw .write(reason, warnings: warnings)
        }
        return Report(result: result, directory: directory, warnings: warnings)
    }
}
