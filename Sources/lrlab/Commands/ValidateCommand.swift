import ArgumentParser
import LRConfig
import LRRun

/// `lrlab validate`: check experiment files.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check experiment files and report every problem with its location.",
        discussion: "Exit status: 0 when every file is valid, 2 when any is not.")

    @Argument(help: "Experiment files to check.")
    var files: [String]

    @OptionGroup var overrideOptions: OverrideOptions

    @OptionGroup var output: FormatOption<DiagnosticFormat>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// Text: diagnostics on stderr, `FILE: ok` on stdout for valid files; github and json:
    /// everything on stdout. Exit 0 when all are valid, 2 otherwise.
    func output(colour: Bool = false) -> CommandOutput {
        let format = output.format
        var result = CommandOutput()
        var all: [Diagnostic] = []
        for (file, checked) in ExperimentValidation(files: files, overrides: overrideOptions.overrides).diagnostics() {
            all += checked.diagnostics
            if !checked.isValid { result.exitCode = ExitStatus.invalidInput }
            if format == .text {
                result.stderr += Terminal.diagnostics(checked.diagnostics, colour: colour)
                if checked.isValid { result.stdout += "\(file): ok\n" }
            }
        }
        if format != .text { result.stdout = Terminal.diagnostics(all, format: format) }
        return result
    }
}
