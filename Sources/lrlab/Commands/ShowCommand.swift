import ArgumentParser
import LRExperiments

/// `lrlab show`: summarise a result bundle.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Summarise a result bundle: each configuration's metrics over seeds, statuses and the best.",
        discussion: "The bundle is verified first (format, every file's size and SHA-256); exit 2 when it is damaged.")

    @Argument(help: "A bundle directory, e.g. results/<name>.")
    var bundle: String

    func run() throws {
        emit(output())
    }

    /// The table on stdout and exit 0; a damaged or missing bundle on stderr and exit 2.
    func output() -> CommandOutput {
        do {
            return CommandOutput(stdout: ShowText.render(try BundleReader.read(bundle)))
        } catch {
            return .error(error.description)
        }
    }
}
