/// `lrlab validate FILE... [--set k=v]... [--format text|github|json]`, minus argument parsing.
public struct ValidateCommand: Sendable {
    public var files: [String]
    public var overrides: [String]
    public var format: DiagnosticFormat
    /// ANSI colour for the text format (the executable enables it on a terminal).
    public var colour: Bool
    public var loader: ExperimentLoader

    public init(files: [String], overrides: [String] = [], format: DiagnosticFormat = .text,
                colour: Bool = false, loader: ExperimentLoader = ExperimentLoader()) {
        self.files = files
        self.overrides = overrides
        self.format = format
        self.colour = colour
        self.loader = loader
    }

    /// Every file's diagnostics, in argument order: what loading finds, then what expanding the
    /// sweep finds (the same expansion `plan` and `run` start with), so that `validate` refuses
    /// whatever they would.
    public func diagnostics() -> [(file: String, result: ExperimentLoader.Result)] {
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

    /// Validates every file. Text: diagnostics on stderr, `FILE: ok` on stdout for valid files;
    /// github and json: everything on stdout. Exit 0 when all are valid, 2 otherwise.
    public func run() -> CommandOutput {
        let printer = DiagnosticPrinter(format: format, colour: colour)
        var output = CommandOutput()
        var all: [Diagnostic] = []
        for (file, result) in diagnostics() {
            all += result.diagnostics
            if !result.isValid { output.exitCode = ExitStatus.invalidInput }
            if format == .text {
                output.stderr += printer.render(result.diagnostics)
                if result.isValid { output.stdout += "\(file): ok\n" }
            }
        }
        if format != .text { output.stdout = printer.render(all) }
        return output
    }
}
