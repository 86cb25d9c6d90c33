import ArgumentParser
import LRConfig

/// `lrlab schema`: print the JSON Schema of experiment files, or the Markdown reference.
struct Schema: ParsableCommand {
    enum Format: String, OutputFormat {
        case json, markdown

        static var standard: Self { .json }
        static var help: String { "json (the JSON Schema) or markdown (the experiment-file reference)." }
    }

    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print the JSON Schema (2020-12) of experiment files, or their Markdown reference.")

    @OptionGroup var output: FormatOption<Format>

    func run() throws {
        switch output.format {
        case .json: emit(CommandOutput(stdout: ExperimentSchema.generate()))
        case .markdown: emit(CommandOutput(stdout: ExperimentReference.markdown()))
        }
    }
}
