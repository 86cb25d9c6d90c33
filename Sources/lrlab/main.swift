import ArgumentParser
import LRExperiments

import Foundation

/// The `lrlab` command line: argument parsing and printing only.
struct LRLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lrlab",
        abstract: "Declarative learning-rate experiments.",
        version: lrlabVersion,
        subcommands: [
            Validate.self, Schema.self, Plan.self, Graph.self, Run.self, Show.self, ScheduleCommand.self,
            BenchCommand.self, Diff.self, Check.self, LRFindCommand.self,
        ])
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// `lrlab validate`: check experiment files.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check experiment files and report every problem with its location.",
        discussion: "Exit status: 0 when every file is valid, 2 when any is not.")

    @Argument(help: "Experiment files to check.")
    var files: [String]

    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. optimizer.lr=0.01 (the value is YAML).", valueName: "path=value"))
    var overrides: [String] = []

    @Option(help: "Output format: text, github (workflow annotations) or json.")
    var format: DiagnosticFormat = .text

    func run() throws {
        // Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
        let colour = format == .text && isatty(STDERR_FILENO) == 1
            && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        let output = ValidateCommand(files: files, overrides: overrides, format: format, colour: colour).run()
        emit(output)
    }
}

/// `lrlab schema`: print the JSON Schema of experiment files, or the Markdown reference.
struct Schema: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json, markdown
    }

    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (2020-12) of experiment files, or their Markdown reference.")

    @Option(help: "json (the JSON Schema) or markdown (the experiment-file reference).")
    var format: Format = .json

    func run() throws {
        switch format {
        case .json: emit(CommandOutput(stdout: ExperimentSchema.generate()))
        case .markdown: emit(CommandOutput(stdout: ExperimentReference.markdown()))
        }
    }
}

/// Writes a command's output and exits with its status.
/// Control characters from input (bundle contents, file names) are shown escaped; only the
/// colour lrlab itself adds on a terminal passes.
func emit(_ output: CommandOutput) {
    let stdout = TerminalText.visible(output.stdout)
    let stderr = TerminalText.visible(output.stderr, keepingColour: stderrColour())
    if !stdout.isEmpty { FileHandle.standardOutput.write(Data(stdout.utf8)) }
    if !stderr.isEmpty { FileHandle.standardError.write(Data(stderr.utf8)) }
    if output.exitCode != 0 { LRLab.exit(withError: ExitCode(output.exitCode)) }
}

// Usage errors exit with 2 (lrlab's convention), not ArgumentParser's 64.
do {
    var command = try LRLab.parseAsRoot()
    try command.run()
} catch {
    if LRLab.exitCode(for: error) == .validationFailure {
        FileHandle.standardError.write(Data((LRLab.fullMessage(for: error) + "\n").utf8))
        exit(ExitStatus.invalidInput)
    }
    LRLab.exit(withError: error)
}
