import Foundation
import LRConfig
import LREngine

extension TrialRunner {
    /// The data every trial of `experiment` trains on, or nil for a function model.
    ///
    /// Synthetic sources are generated from the `data` stream, built-in datasets and CSV files
    /// are read through the loaders; the examples are then split with the `split` stream and,
    /// with `standardize`, scaled by statistics fitted on the training part only. Neither
    /// stream depends on the replicate seed (see `TrialStreams`), so the result serves every
    /// trial of a sweep whose swept keys leave `data:` and `seed` alone.
    ///
    /// - Throws: `TrialError` for data that cannot be prepared; a CSV problem keeps the file's
    ///   `file:line:col` (e.g. `data/x.csv:4:2: error: expected a number, got "abc"`).
    package static func prepareData(for experiment: Experiment) throws(TrialError) -> PreparedData? {
        guard experiment.model.trainsOnData, let config = experiment.data else { return nil }
        let location = experiment.location(of: "data")
        guard let source = dataSource(config) else {
            let needs = config.source == .idx ? "an idx source needs 'images' and 'labels'" : "a csv source needs 'path'"
            throw TrialError(needs, at: location)
        }
        var data = TrialStreams.shared(TrialStreams.data, experiment: experiment)
        var split = TrialStreams.shared(TrialStreams.split, experiment: experiment)
        do {
            let fractions = try SplitFractions(
                train: config.split.train, validation: config.split.validation, test: config.split.test)
            return try source.prepare(
                fractions: fractions, standardize: config.standardize, data: &data, split: &split)
        } catch let error as CSVError {
            throw TrialError(error.description)
        } catch let error as IDXError {
            throw TrialError(error.description)
        } catch let error as DataError {
            throw TrialError("data: \(error)", at: location)
        } catch {
            throw TrialError("data: \(error)", at: location)
        }
    }

    /// Where `config`'s examples come from; nil for a csv source without a path (refused
    /// when the file loads).
    package static func dataSource(_ config: DataConfig) -> DataSource? {
        config.dataSource
    }
}
