import ArgumentParser
import LRConfig
import LRBundle

/// `lrlab show`: summarise a result bundle.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Summarise a result bundle: each configuration's metrics over seeds, statuses and the best.",
        discussion: """
            BUNDLE is a bundle directory (results/<name>) or an experiment file, whose bundle is \
            <output.dir>/<name>. The bundle is verified first (format, every file's size and \
            SHA-256); exit 2 when it is damaged or missing.
            """)

    @Argument(help: ArgumentHelp("A bundle directory, e.g. results/<name>, or an experiment file.", valueName: "bundle"))
    var bundle: String

    @OptionGroup var format: FormatOption<ReportFormat>

    func run() throws {
        emit(output())
    }

    /// The table on stdout and exit 0; a damaged or missing bundle on stderr and exit 2.
    func output() -> CommandOutput {
        var directory = bundle
        var experimentFile: String?
        if bundle.hasSuffix(".yaml") || bundle.hasSuffix(".yml") {
            do {
                let experiment = try ExperimentLoader().load(file: bundle)
                directory = BundleReader.join(experiment.output.dir, experiment.name)
                experimentFile = bundle
            } catch {
                return .invalid(error.diagnostics)
            }
        }
        do {
            let read = try BundleReader.read(directory)
            return CommandOutput(stdout: format.format == .json ? CommandJSON.show(read) : ShowText.render(read))
        } catch BundleError.missingFile(let path) where path == directory {
            let hint = experimentFile.map { "; 'lrlab run \($0)' writes it" } ?? ""
            return .error("\(directory): no result bundle here\(hint)")
        } catch {
            return .error(error.description)
        }
    }
}
