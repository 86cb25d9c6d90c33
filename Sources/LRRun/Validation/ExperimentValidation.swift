import LRConfig

/// Checks experiment files as `plan` and `run` would read them: every file's diagnostics.
package struct ExperimentValidation: Sendable {
    package var files: [String]
    package var overrides: [String]
    package var loader: ExperimentLoader

    package init(files: [String], overrides: [String] = [], loader: ExperimentLoader = ExperimentLoader()) {
        self.files = files
        self.overrides = overrides
        self.loader = loader
    }

    /// Every file's diagnostics, in argument order: what loading finds, then what expanding the
    /// sweep finds (the same expansion `plan` and `run` start with), so that validating refuses
    /// whatever they would.
    package func diagnostics() -> [(file: String, result: ExperimentLoader.Result)] {
        files.map { file in
            var result = loader.check(file: file, overrides: overrides)
            guard let experiment = result.experiment, result.isValid else { return (file, result) }
            do throws(ConfigError) {
                result.diagnostics += try SweepExpander(loader: loader).expand(experiment).warnings
            } catch {
                result = ExperimentLoader.Result(experiment: nil, diagnostics: result.diagnostics + error.diagnostics)
            }
            return (file, result)
        }
    }
}
