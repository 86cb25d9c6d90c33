import CLibFuzzer
import Foundation
import LRConfig
import LRRun

/// Fuzz target: an experiment file, as `lrlab validate` reads it. Lines of the form
/// `#--set PATH=VALUE` (YAML comments, so the rest still parses) become `--set` overrides.
/// Any input must end in diagnostics or `ok`: a crash, trap or hang is a finding.
@main enum FuzzExperiment {
    static func main() {
        exit(lrlab_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv) { data, size in
            FuzzExperiment.validate(UnsafeBufferPointer(start: data, count: size))
            return 0
        })
    }

    /// One scratch file per process, rewritten for every input.
    static let file: String = {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lrlab-fuzz-experiment-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory.appendingPathComponent("experiment.yaml").path
    }()

    static func validate(_ input: UnsafeBufferPointer<UInt8>) {
        let bytes = Array(input)
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else { return }
        let overrides = String(decoding: bytes, as: UTF8.self)
            .split(separator: "\n", omittingEmptySubsequences: true)
            .filter { $0.hasPrefix("#--set ") }
            .map { String($0.dropFirst("#--set ".count)) }
        let diagnostics = ExperimentValidation(files: [file], overrides: overrides).diagnostics()
            .flatMap(\.result.diagnostics)
        for format in [DiagnosticFormat.text, .json] {
            _ = DiagnosticPrinter(format: format).render(diagnostics)
        }
    }
}
