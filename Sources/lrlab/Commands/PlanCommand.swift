import ArgumentParser
import LRExperiments

/// `lrlab plan`: list the trials a run would have and which are cached.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the trials of an experiment (id, seed, swept values) and whether each is cached.",
        discussion: "The cache is .lrlab/cache in the current directory. "
            + "Exit status: 0 on success, 2 when the file is invalid.")

    @OptionGroup var experiment: ExperimentFileArguments

    @Flag(help: "Add each trial's full cache key (its directory under .lrlab/cache).")
    var keys = false

    @OptionGroup var format: FormatOption<ReportFormat>

    func run() throws {
        emit(output(colour: Terminal.colour))
    }

    /// A table of the trials and a summary line on stdout, warnings on stderr, exit 0; or
    /// diagnostics as `lrlab validate` prints them and exit 2.
    func output(cacheDirectory: String = defaultCacheDirectory, colour: Bool = false) -> CommandOutput {
        experiment.planOutput(colour: colour) { plan in
            let cached = plan.cached(in: cacheDirectory)
            return format.format == .json ? CommandJSON.plan(plan, cached: cached) : PlanTable.render(plan, cached: cached, showKeys: keys)
        }
    }
}
