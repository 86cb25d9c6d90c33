import Foundation
import LREngine

extension LRFind {
    /// `lrlab lr-find FILE [--set k=v]... [--start-lr X] [--end-lr Y] [--num-steps N]
    /// [--out DIR]`, minus argument parsing. Writes the bundle (default
    /// `<output.dir>/<name>-lr-find`) and prints the suggestions, one `name: rate` per line.
    /// An invalid file prints its diagnostics and exits 2, as do bad settings; a range test
    /// that cannot run prints one located error and exits 2.
    public static func command(
        file: String, overrides: [String] = [], settings: LRFind = LRFind(), out: String? = nil,
        colour: Bool = false, loader: ExperimentLoader = ExperimentLoader()
    ) -> CommandOutput {
        let checked = loader.check(file: file, overrides: overrides)
        let printer = DiagnosticPrinter(format: .text, colour: colour)
        var output = CommandOutput(stderr: printer.render(checked.diagnostics))
        guard checked.isValid, let experiment = checked.experiment else {
            output.exitCode = ExitStatus.invalidInput
            return output
        }
        if let problem = settings.problem {
            output.stderr += "error: \(problem)\n"
            output.exitCode = ExitStatus.invalidInput
            return output
        }
        let result: RangeTestResult
        do {
            result = try settings.run(experiment)
        } catch {
            output.stderr += (error.location == nil ? "error: " : "") + error.description + "\n"
            output.exitCode = ExitStatus.invalidInput
            return output
        }
        let directory = out ?? BundleReader.join(experiment.output.dir, experiment.name + "-lr-find")
        do {
            try LRFindBundle.write(result, settings: settings, name: experiment.name, to: directory)
        } catch {
            let reason = (error as? BundleError)?.description
                ?? "cannot write '\(directory)': \(AtomicDirectory.reason(error))"
            output.stderr += "error: \(reason)\n"
            output.exitCode = ExitStatus.checkFailed
            return output
        }
        var text = "range test: \(result.points.count) of \(settings.steps) updates (\(result.stop.rawValue))\n"
        for name in suggestionNames {
            text += "\(name): \(suggestion(name, of: result.suggestions).map { $0.description } ?? "none")\n"
        }
        text += "wrote \(directory)\n"
        output.stdout = text
        return output
    }
}
