/// Where the examples come from and how they are split and scaled (`data:`).
public struct DataConfig: Sendable, Hashable {
    /// The registry of data sources: the `source:` names.
    public enum Source: String, Sendable, CaseIterable {
        case blobs, moons, circles, spirals, xor, purchases, linear, sine
        case iris, wine, breastCancer = "breast_cancer", digits, diabetes
        case csv

        /// Generated from the seed (`samples`, `noise`, … apply).
        public var isSynthetic: Bool {
            switch self {
            case .blobs, .moons, .circles, .spirals, .xor, .purchases, .linear, .sine: true
            default: false
            }
        }

        /// The target is a real number (loss `mse`), not a class; nil when unknown (csv).
        public var isRegression: Bool? {
            switch self {
            case .linear, .sine, .diabetes: true
            case .csv: nil
            default: false
            }
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
    /// CSV file, relative to the experiment file that names it (already resolved here).
    public var path: String?
    /// Target column of a CSV file.
    public var target: String?
    public var split: Split
    /// Scale features to zero mean and unit variance, fitted on the training split.
    public var standardize: Bool
}
