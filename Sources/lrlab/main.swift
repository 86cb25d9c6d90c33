import ArgumentParser
import LRConfig
import Foundation

/// The `lrlab` command line: argument parsing and printing only.
struct LRLab: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lrlab",
        abstract: "Declarative learning-rate experiments.",
        version: lrlabVersion,
        subcommands: [
            Validate.self, Schema.self, Plan.self, Graph.self, Run.self, Show.self, ScheduleCommand.self,
            BenchCommand.self, Diff.self, Check.self, LRFindCommand.self, Export.self,
        ])
}

// An LRLAB_KERNEL this CPU cannot honour stops every command before it does any work.
if let kernelError = KernelSelection.error {
    FileHandle.standardError.write(Data("error: \(kernelError)\n".utf8))
    exit(ExitStatus.invalidInput)
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
