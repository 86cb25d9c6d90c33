import Foundation
import LREngine

/// The real datasets shipped with lrlab, read from the package's bundled CSV files with the
/// same `CSVLoader` users' files go through (provenance in `Data/README.md`). This is the one
/// list of their `data.source` names.
package enum BuiltinDataset: String, CaseIterable, Sendable {
    case iris
    case wine
    case breastCancer = "breast_cancer"
    case digits
    case diabetes

    /// The YAML `data.source` name.
    package var name: String { rawValue }

    /// The line the experiment-file reference shows.
    package var doc: String {
        switch self {
        case .iris: "Fisher's iris (150 examples, 4 features, 3 classes)."
        case .wine: "Wine recognition (178 examples, 13 features, 3 classes)."
        case .breastCancer: "Wisconsin breast cancer (569 examples, 30 features, 2 classes)."
        case .digits: "8x8 handwritten digits (1797 examples, 64 features, 10 classes)."
        case .diabetes: "Diabetes progression (442 examples, 10 features, regression)."
        }
    }

    /// Classification for all but `diabetes`, a regression.
    package var targetKind: CSVOptions.TargetKind {
        self == .diabetes ? .regression : .classification
    }

    /// Loads the bundled file; errors name it `<builtin>/<name>.csv`.
    package func load() throws(CSVError) -> LoadedDataset {
        let displayPath = "<builtin>/\(rawValue).csv"
        guard let url = Bundle.module.url(forResource: rawValue, withExtension: "csv", subdirectory: "Datasets") else {
            throw CSVError(file: displayPath, message: "the built-in dataset is missing from the package resources")
        }
        return try CSVLoader.load(
            contentsOf: url, displayPath: displayPath,
            options: CSVOptions(targetColumn: "target", targetKind: targetKind))
    }
}
