import ArgumentParser
import Foundation
import LRReport
import LRBundle

extension DiffOptions.FailOn: ExpressibleByArgument {}

/// `lrlab diff`: compare result bundles between directories or commits.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare result bundles between directories or git revisions.",
        discussion: """
            Each side is a bundle directory, REV:path (the bundle as committed at REV) or REV \
            (every bundle under results/ at REV). With one side the other is the working tree; \
            with none, every bundle under results/ at HEAD is compared with the working tree. \
            Each changed bundle leads with its verdict: whether the best objective improved, \
            regressed or did not change beyond seed noise (a t-test paired by seed when both \
            sides ran the same seeds, else Welch's). Configurations are paired by id, else by \
            label, else as the one that differs in a single value, and each pair is tested \
            (Holm-corrected); then changed settings, and with --trials each trial's metrics, \
            statuses and curves.

            Exit status: 0 nothing found (or nothing matching --fail-on), 1 found, 2 error.
            """)

    @Argument(help: ArgumentHelp("Old and new side: a bundle directory, REV or REV:path.", valueName: "side"))
    var sides: [String] = []

    @OptionGroup var output: FormatOption<DiffFormat>

    @Flag(help: "Show unchanged values too.")
    var all = false

    @Flag(help: "List each changed trial's metrics, status and curves (text and markdown).")
    var trials = false

    @Option(help: ArgumentHelp("Significant digits of printed numbers (JSON included).", valueName: "n"))
    var precision: Int?

    @Option(help: "Absolute tolerance: |a−b| ≤ atol + rtol·|b| counts as unchanged.")
    var atol: Double = 0

    @Option(help: "Relative tolerance (relative to the new value).")
    var rtol: Double = 0

    @Option(name: .customLong("fail-on"), help: "Exit 1 on any change, or only on a regression: the best objective or a trial's objective worse beyond tolerance, or a status worse.")
    var failOn: DiffOptions.FailOn = .change

    @Option(help: ArgumentHelp("Write an HTML page overlaying both sides' loss, lr and validation curves.", valueName: "out.html"))
    var plots: String?

    @Option(help: ArgumentHelp(
        "Smooth the --plots page's loss curves by TensorBoard's debiased exponential moving average of this weight, in [0, 1).",
        valueName: "weight"))
    var smooth: Double?

    func validate() throws {
        guard sides.count <= 2 else { throw ValidationError("expected at most two sides, got \(sides.count)") }
        if let precision, precision < 1 || precision > 17 {
            throw ValidationError("--precision must be between 1 and 17, got \(precision)")
        }
        guard atol >= 0, atol.isFinite else { throw ValidationError("--atol must be a finite number ≥ 0") }
        guard rtol >= 0, rtol.isFinite else { throw ValidationError("--rtol must be a finite number ≥ 0") }
        if let smooth {
            guard smooth >= 0, smooth < 1 else { throw ValidationError("--smooth must be at least 0 and below 1, got \(smooth)") }
            guard plots != nil else { throw ValidationError("--smooth applies to the --plots page; add --plots FILE") }
        }
    }

    func run() throws {
        emit(output())
    }

    /// The rendered diff and exit 0 (nothing found) or 1 (found, per `--fail-on`); an error
    /// and exit 2.
    func output(directory: String = FileManager.default.currentDirectoryPath) -> CommandOutput {
        let options = DiffOptions(
            atol: atol, rtol: rtol, all: all, precision: precision, failOn: failOn, trials: trials, smoothing: smooth)
        do {
            let diffs = try BundleDiffing(arguments: sides, options: options, plotsPath: plots, directory: directory).run()
            return CommandOutput(
                stdout: DiffRenderer.render(diffs, format: output.format, options: options),
                exitCode: BundleDiffing.found(diffs, options: options) ? ExitStatus.checkFailed : ExitStatus.ok)
        } catch {
            return .error(error.description)
        }
    }
}
