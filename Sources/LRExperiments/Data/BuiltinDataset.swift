import Foundation
import LREngine

/// The real datasets shipped with lrlab, read from the package's bundled CSV files with the
/// same `CSVLoader` users' files go through (provenance in `Data/README.md`).
public enum BuiltinDataset: String, CaseIterable, Sendable {
    case iris
    case wine
    case breastCancer = "breast_cancer"
    case digits
    case diabetes

    /// The YAML `data.source` name.
    public var name: String { rawValue }

    /// Classification for all but `diabetes`, a regression.
    public var targetKind: CSVOptions.TargetKind {
        self == .diabetes ? .regression : .classification
    }

    /// Loads the bundled file; errors name it `<builtin>/<name>.csv`.
    public func load() throws(CSVError) -> LoadedDataset {
        let displayPath = "<builtin>/\(rawValue).csv"
        guard let url = Bundle.module.url(forResource: rawValue, withExtension: "csv", subdirectory: "Datasets") else {
            throw CSVError(file: displayPath, message: "the built-in dataset is missing from the package resources")
        }
        return try CSVLoader.load(
            contentsOf: url, displayPath: displayPath,
            options: CSVOptions(targetColumn: "target", targetKind: targetKind))
    }
}
