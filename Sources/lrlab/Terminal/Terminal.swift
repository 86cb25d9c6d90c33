import ArgumentParser
import Foundation
import LRConfig

/// The one place lrlab decides how its output looks on this terminal.
enum Terminal {
    /// ANSI colour on stderr: only on a terminal, never when NO_COLOR is set (https://no-color.org).
    /// Decided once for the whole process.
    static let colour: Bool = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// Whether stderr is a terminal (the run's progress bar redraws in place only there).
    static let stderrIsTerminal: Bool = isatty(STDERR_FILENO) == 1

    /// Diagnostics in `format`, coloured when `colour` (text only).
    static func diagnostics(_ diagnostics: [Diagnostic], format: DiagnosticFormat = .text, colour: Bool = false) -> String {
        let plain: @Sendable (DiagnosticPrinter.Part, String) -> String = { $1 }
        return DiagnosticPrinter(format: format, emphasis: colour ? ansi : plain).render(diagnostics)
    }

    /// Bold location and message, the severity in its colour, a green caret.
    @Sendable static func ansi(_ part: DiagnosticPrinter.Part, _ text: String) -> String {
        let code = switch part {
        case .location, .message: "1"
        case .severity(.error): "1;31"
        case .severity(.warning): "1;35"
        case .severity: "1;36"
        case .caret: "1;32"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}

/// What a command prints and how it exits; `emit` writes it out.
struct CommandOutput: Sendable, Hashable {
    var stdout: String
    var stderr: String
    var exitCode: Int32

    init(stdout: String = "", stderr: String = "", exitCode: Int32 = ExitStatus.ok) {
        self.stdout = stdout
        self.stderr = stderr
        self.exitCode = exitCode
    }

    /// An invalid experiment: its diagnostics as `lrlab validate` prints them, exit 2.
    static func invalid(_ diagnostics: [Diagnostic], colour: Bool = false) -> CommandOutput {
        CommandOutput(stderr: Terminal.diagnostics(diagnostics, colour: colour), exitCode: ExitStatus.invalidInput)
    }

    /// `warnings` (e.g. of the experiment file), then `error: <message>` on stderr, with `exitCode`.
    static func failure(
        _ message: String, after warnings: [Diagnostic], colour: Bool, exitCode: Int32 = ExitStatus.invalidInput
    ) -> CommandOutput {
        CommandOutput(stderr: Terminal.diagnostics(warnings, colour: colour) + "error: \(message)\n", exitCode: exitCode)
    }

    /// A trial error as one line: its located form when it has a place in the file.
    static func failure(_ error: TrialError, after warnings: [Diagnostic], colour: Bool) -> CommandOutput {
        let text = (error.location == nil ? "error: " : "") + error.description + "\n"
        return CommandOutput(stderr: Terminal.diagnostics(warnings, colour: colour) + text, exitCode: ExitStatus.invalidInput)
    }

    /// `error: <message>` on stderr with `exitCode`.
    static func error(_ message: String, exitCode: Int32 = ExitStatus.invalidInput) -> CommandOutput {
        CommandOutput(stderr: "error: \(message)\n", exitCode: exitCode)
    }
}

/// Exit statuses of every lrlab command.
enum ExitStatus {
    /// Everything checked out.
    static let ok: Int32 = 0
    /// The checked condition failed (diff beyond tolerance, trial failures).
    static let checkFailed: Int32 = 1
    /// Usage or input error (an invalid experiment file included).
    static let invalidInput: Int32 = 2
    /// What was asked could not be done by the machine: an output directory that cannot be
    /// written (read-only, full, no permission). The same status as bad input: nothing was
    /// checked, so it must not read as "the check failed".
    static let environmentError: Int32 = 2
}

/// Writes a command's output and exits with its status.
/// Control characters from input (bundle contents, file names) are shown escaped; only the
/// colour lrlab itself adds on a terminal passes.
func emit(_ output: CommandOutput) {
    let stdout = TerminalText.visible(output.stdout)
    let stderr = TerminalText.visible(output.stderr, keepingColour: Terminal.colour)
    if !stdout.isEmpty { FileHandle.standardOutput.write(Data(stdout.utf8)) }
    if !stderr.isEmpty { FileHandle.standardError.write(Data(stderr.utf8)) }
    if output.exitCode != 0 { LRLab.exit(withError: ExitCode(output.exitCode)) }
}
