import LRExperiments

/// An experiment file in a scratch directory, loaded, and its trials.
struct SweepFixture {
    let files: TempFiles
    let path: String
    let experiment: Experiment

    init(_ yaml: String) throws {
        files = try TempFiles()
        path = try files.write("exp.yaml", yaml)
        experiment = try ExperimentLoader().load(file: path)
    }

    func trials() throws -> [TrialSpec] {
        try SweepExpander().trials(for: experiment)
    }
}
