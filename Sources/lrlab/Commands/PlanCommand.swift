import ArgumentParser
import LRRun

/// `lrlab plan`: list the trials a run would have and which are cached.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "List the trials of an experiment (id, seed, swept values) and whether each is cached.",
        discussion: "The cache is .lrlab/cache in the current directory unless --cache says otherwise. "
            + "With --shards N each trial is given the shard of N that 'lrlab run --shard I/N' trains it in "
            + "(for halving and annealing, the trials listed are those of the first batch). "
            + "Exit status: 0 on success, 2 when the file is invalid.")

    @OptionGroup var experiment: ExperimentFileArguments

    @Flag(help: "Add each trial's full cache key (its directory under .lrlab/cache).")
    var keys = false

    @Option(help: ArgumentHelp("The trial cache directory.", valueName: "dir"))
    var cache: String = defaultCacheDirectory

    @Option(help: ArgumentHelp("Give each trial its shard of this many ('lrlab run --shard I/N').", valueName: "N"))
    var shards: Int = 1

    @OptionGroup var format: FormatOption<ReportFormat>

    func validate() throws {
        guard shards >= 1, shards <= Shard.maxCount else {
            throw ValidationError("--shards must be between 1 and \(Shard.maxCount), got \(shards)")
        }
    }

    func run() throws {
        emit(output(cacheDirectory: cache, colour: Terminal.colour))
    }

    /// A table of the trials and a summary line on stdout, warnings on stderr, exit 0; or
    /// diagnostics as `lrlab validate` prints them and exit 2.
    func output(cacheDirectory: String = defaultCacheDirectory, colour: Bool = false) -> CommandOutput {
        experiment.planOutput(colour: colour) { plan in
            let cached = plan.cached(in: cacheDirectory)
            return format.format == .json
                ? CommandJSON.plan(plan, cached: cached, shards: shards)
                : PlanTable.render(plan, cached: cached, showKeys: keys, shards: shards)
        }
    }
}
