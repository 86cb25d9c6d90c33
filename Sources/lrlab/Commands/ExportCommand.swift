import ArgumentParser
import LRBundle

/// `lrlab export`: a bundle in other tools' formats.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a result bundle in another tool's format.",
        subcommands: [TensorBoard.self])

    /// `lrlab export tensorboard BUNDLE DIR`.
    struct TensorBoard: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tensorboard",
            abstract: "Write each trial's curves as TensorBoard event files.",
            discussion: """
                One run per trial, DIR/<configuration label>/seed-<n>, with every curve column \
                (train_loss, lr, val_loss, …) as a scalar at its step. The bytes depend on the \
                bundle alone (the wall time of step s is s seconds after 1970), so two exports \
                are identical. View with: tensorboard --logdir DIR
                """)

        @Argument(help: "A bundle directory, e.g. results/<name>.")
        var bundle: String

        @Argument(help: "The directory to write the runs into.")
        var directory: String

        func run() throws {
            emit(output())
        }

        func output() -> CommandOutput {
            do {
                let read = try BundleReader.read(bundle)
                try TensorBoardExport.write(read, to: directory)
                let runs = read.metrics.trials.count
                return CommandOutput(stdout: "wrote \(runs) \(runs == 1 ? "run" : "runs") to \(directory)\n")
            } catch {
                return .error(error.description)
            }
        }
    }
}
