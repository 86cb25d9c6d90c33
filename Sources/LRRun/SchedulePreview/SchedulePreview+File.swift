import LRConfig
import LRTrial

extension SchedulePreview {
    /// Why an experiment file's schedule cannot be previewed.
    package enum Failure: Error, Sendable {
        /// The file is invalid: every diagnostic found loading it.
        case invalid([Diagnostic])
        /// `steps` is outside `1...maximumSteps`; with the file's warnings.
        case steps(Int, warnings: [Diagnostic])
        /// The engine refuses the schedule; one located error, with the file's warnings.
        case schedule(TrialError, warnings: [Diagnostic])
    }

    /// The preview of `file`'s schedule (with `overrides`) for `steps` updates, and the file's
    /// warnings.
    package static func curve(
        file: String, steps: Int, overrides: [String] = [], loader: ExperimentLoader = ExperimentLoader()
    ) throws(Failure) -> (curve: CurveTable, warnings: [Diagnostic]) {
        let result = loader.check(file: file, overrides: overrides)
        guard result.isValid, let experiment = result.experiment else { throw .invalid(result.diagnostics) }
        guard steps >= 1, steps <= maximumSteps else { throw .steps(steps, warnings: result.diagnostics) }
        do {
            return (try curve(for: experiment, steps: steps), result.diagnostics)
        } catch {
            throw .schedule(error, warnings: result.diagnostics)
        }
    }

    /// The preview of every configuration of `file` (with `overrides`) for `steps` updates, or
    /// each one's run length when `steps` is nil (see ``preview(for:steps:expander:)``), with
    /// the file's and the sweep's warnings.
    package static func preview(
        file: String, steps: Int?, overrides: [String] = [], loader: ExperimentLoader = ExperimentLoader()
    ) throws(Failure) -> (preview: Preview, warnings: [Diagnostic]) {
        let result = loader.check(file: file, overrides: overrides)
        guard result.isValid, let experiment = result.experiment else { throw .invalid(result.diagnostics) }
        if let steps, steps < 1 || steps > maximumSteps { throw .steps(steps, warnings: result.diagnostics) }
        do {
            let found = try preview(for: experiment, steps: steps, expander: SweepExpander(loader: loader))
            return (found.preview, result.diagnostics + found.warnings)
        } catch {
            switch error {
            case .invalid(let diagnostics): throw .invalid(result.diagnostics + diagnostics)
            case .steps(let steps, let warnings): throw .steps(steps, warnings: result.diagnostics + warnings)
            case .schedule(let error, let warnings): throw .schedule(error, warnings: result.diagnostics + warnings)
            }
        }
    }
}
