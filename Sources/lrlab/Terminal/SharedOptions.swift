import ArgumentParser
import LRConfig
import LRBundle
import LRRun

/// `--set path=value` or `--set ~path`, repeatable: overrides applied after `extends`.
struct OverrideOptions: ParsableArguments {
    @Option(name: .customLong("set"), help: ArgumentHelp(
        "Override a key after extends, e.g. optimizer.lr=0.01 (the value is YAML); ~path removes a key.",
        valueName: "path=value"))
    var overrides: [String] = []
}

/// One experiment file and its overrides.
struct ExperimentFileArguments: ParsableArguments {
    @Argument(help: "The experiment file.")
    var file: String

    @OptionGroup var overrideOptions: OverrideOptions

    var overrides: [String] { overrideOptions.overrides }

    /// `render` of the file's plan on stdout with its warnings on stderr; or its diagnostics
    /// and exit 2.
    func planOutput(colour: Bool, _ render: (RunPlan) -> String) -> CommandOutput {
        do {
            let plan = try RunPlan(file: file, overrides: overrides)
            return CommandOutput(stdout: render(plan), stderr: Terminal.diagnostics(plan.warnings, colour: colour))
        } catch {
            return .invalid(error.diagnostics, colour: colour)
        }
    }
}

/// A `--format` a command prints in.
protocol OutputFormat: ExpressibleByArgument, CaseIterable, Sendable {
    /// Used when `--format` is not given.
    static var standard: Self { get }
    /// The option's help.
    static var help: String { get }
}

/// `--format F` for a command whose output formats are `F`.
struct FormatOption<Format: OutputFormat>: ParsableArguments {
    @Option(help: ArgumentHelp(Format.help))
    var format: Format = Format.standard
}

extension DiagnosticFormat: OutputFormat {
    static var standard: Self { .text }
    static var help: String { "Output format: text, github (workflow annotations) or json." }
}

extension GraphFormat: OutputFormat {
    static var standard: Self { .mermaid }
    static var help: String { "Output format: mermaid (a flowchart GitHub renders), dot (Graphviz) or text." }
}

extension DiffFormat: OutputFormat {
    static var standard: Self { .text }
    static var help: String { "Output format: text, markdown or json." }
}

extension SchedulePreview.Format: OutputFormat {
    static var standard: Self { .csv }
    static var help: String { "Output format: \(allCases.map(\.rawValue).joined(separator: ", "))." }
}

/// Text for people, JSON for scripts (`show`, `plan`, `check`, `lr-find`); the JSON forms are
/// described by `schemas/output.schema.json`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, json
}

extension ReportFormat: OutputFormat {
    static var standard: Self { .text }
    static var help: String { "Output format: text or json (see schemas/output.schema.json)." }
}
