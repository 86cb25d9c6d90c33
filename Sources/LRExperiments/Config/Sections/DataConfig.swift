import LREngine

/// Where the examples come from and how they are split and scaled (`data:`).
public struct DataConfig: Sendable, Hashable {
    /// A `source:` name, one of ``DataSourceKinds/all``: a seeded generator, a built-in
    /// dataset (``BuiltinDataset``) or `csv`.
    public struct Source: RawRepresentable, Sendable, Hashable, CaseIterable {
        public let rawValue: String

        public init?(rawValue: String) {
            guard Self.names.contains(rawValue) else { return nil }
            self.rawValue = rawValue
        }

        /// Every name, in documentation order.
        static let names = DataSourceKinds.all.map(\.name)

        public static var allCases: [Source] { names.compactMap(Source.init) }

        /// A user's CSV file.
        public static let csv = Source(known: "csv")
        /// A user's IDX pair (images and labels).
        public static let idx = Source(known: "idx")

        private init(known name: String) { rawValue = name }

        /// Generated from the seed (`samples`, `noise`, … apply).
        public var isSynthetic: Bool { DataSourceKinds.synthetic.contains { $0.name == rawValue } }

        /// The bundled dataset of this name, if it is one.
        public var builtin: BuiltinDataset? { BuiltinDataset(rawValue: rawValue) }

        /// The target is a real number (loss `mse`), not a class; nil when unknown (csv).
        public var isRegression: Bool? {
            if self == .csv { return nil }
            return builtin.map { $0.targetKind == .regression } ?? Synthetic.regressionNames.contains(rawValue)
        }
    }

    /// Fractions of the examples used for training, validation and testing (sum to 1).
    public struct Split: Sendable, Hashable {
        public var train: Double
        public var validation: Double
        public var test: Double

        public init(train: Double, validation: Double, test: Double) {
            self.train = train
            self.validation = validation
            self.test = test
        }
    }

    public var source: Source
    /// Number of generated examples (synthetic sources).
    public var samples: Int?
    /// Number of input features (synthetic sources that have a choice).
    public var features: Int?
    /// Number of classes (synthetic classification sources that have a choice).
    public var classes: Int?
    /// Noise level of the generator (synthetic sources).
    public var noise: Double?
    /// Share of buyers (`purchases`); nil keeps the generator's model as it is.
    public var buyRate: Double? = nil
    /// CSV file, relative to the experiment file that names it (already resolved here).
    public var path: String?
    /// Target column of a CSV file.
    public var target: String?
    /// How a CSV file is read (dialect, column roles, missing values); nil for other sources.
    public var csv: CSVOptions?
    /// The files of an `idx` source (already resolved) and their scale; nil for other sources.
    public var idx: IDXSettings?
    /// The `images`, `labels` and `scale` of an `idx` source.
    public struct IDXSettings: Sendable, Hashable {
        public var images: String
        public var labels: String
        public var scale: Double
    }

    public var split: Split
    /// Scale features to zero mean and unit variance, fitted on the training split.
    public var standardize: Bool
}
