import LREngine

/// Where the examples come from and how they are split and scaled (`data:`).
package struct DataConfig: Sendable, Hashable {
    /// A `source:` name, one of ``DataSourceKinds/all``: a seeded generator, a built-in
    /// dataset (``BuiltinDataset``) or `csv`.
    package struct Source: RawRepresentable, Sendable, Hashable, CaseIterable {
        package let rawValue: String

        package init?(rawValue: String) {
            guard Self.names.contains(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        /// Every name, in documentation order.
        static let names = DataSourceKinds.all.map(\.name)

        package static var allCases: [Source] { names.compactMap(Source.init) }

        /// A user's CSV file.
        package static let csv = Source(known: "csv")
        /// A user's IDX pair (images and labels).
        package static let idx = Source(known: "idx")
        /// Loaded by an external trainer, not by lrlab.
        package static let external = Source(known: "external")

        private init(known name: String) { rawValue = name }

        /// Generated from the seed (`samples`, `noise`, … apply).
        package var isSynthetic: Bool { DataSourceKinds.synthetic.contains { $0.name == rawValue } }

        /// The bundled dataset of this name, if it is one.
        package var builtin: BuiltinDataset? { BuiltinDataset(rawValue: rawValue) }

        /// The target is a real number (loss `mse`), not a class; nil when unknown (csv).
        package var isRegression: Bool? {
            if self == .csv || self == .external { return nil }
            return builtin.map { $0.targetKind == .regression } ?? Synthetic.regressionNames.contains(rawValue)
        }
    }

    /// Fractions of the examples used for training, validation and testing (sum to 1).
    package struct Split: Sendable, Hashable {
        package var train: Double
        package var validation: Double
        package var test: Double

        package init(train: Double, validation: Double, test: Double) {
            self.train = train
            self.validation = validation
            self.test = test
        }
    }

    package var source: Source
    /// Number of generated examples (synthetic sources).
    package var samples: Int?
    /// Number of input features (synthetic sources that have a choice).
    package var features: Int?
    /// Number of classes (synthetic classification sources that have a choice).
    package var classes: Int?
    /// Noise level of the generator (synthetic sources).
    package var noise: Double?
    /// Share of buyers (`purchases`); nil keeps the generator's model as it is.
    package var buyRate: Double? = nil
    /// CSV file, relative to the experiment file that names it (already resolved here).
    package var path: String?
    /// Target column of a CSV file.
    package var target: String?
    /// How a CSV file is read (dialect, column roles, missing values); nil for other sources.
    package var csv: CSVOptions?
    /// The files of an `idx` source (already resolved) and their scale; nil for other sources.
    package var idx: IDXSettings?
    /// The `images`, `labels` and `scale` of an `idx` source.
    package struct IDXSettings: Sendable, Hashable {
        package var images: String
        package var labels: String
        package var scale: Double
    }

    package var split: Split
    /// Scale features to zero mean and unit variance, fitted on the training split.
    package var standardize: Bool
}
