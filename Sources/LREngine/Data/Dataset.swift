/// What a dataset's targets mean: class indices in `0..<classCount`, or real values.
public enum DatasetTask: Sendable, Equatable {
    case classification(classCount: Int)
    case regression

    /// The number of classes for classification, nil for regression.
    public var classCount: Int? {
        if case .classification(let count) = self { return count }
        return nil
    }
}

/// A table of samples: features `[samples, features]` (Float32, row-major) with one target each.
///
/// Invariants (checked by `init`): `features.rows == targets` count; classification targets are
/// `.classes` with every index in `0..<classCount`; regression targets are `.values` with
/// `features.rows` rows; `featureNames.count == features.columns`.
public struct Dataset: Sendable, Equatable {
    public private(set) var features: Matrix
    public private(set) var targets: Targets
    public private(set) var featureNames: [String]
    public let task: DatasetTask

    /// A dataset over checked parts; throws `DataError.invalid` when they do not fit together.
    public init(features: Matrix, targets: Targets, featureNames: [String], task: DatasetTask) throws(DataError) {
        guard featureNames.count == features.columns else {
            throw .invalid("\(featureNames.count) feature names for \(features.columns) features")
        }
        switch (task, targets) {
        case (.classification(let classCount), .classes(let labels)):
            guard classCount >= 1 else { throw .invalid("a classification needs at least one class") }
            guard labels.count == features.rows else {
                throw .invalid("\(labels.count) targets for \(features.rows) samples")
            }
            guard labels.allSatisfy({ $0 >= 0 && $0 < classCount }) else {
                throw .invalid("a class index is outside 0..<\(classCount)")
            }
        case (.regression, .values(let values)):
            guard values.rows == features.rows else {
                throw .invalid("\(values.rows) targets for \(features.rows) samples")
            }
        default:
            throw .invalid("targets do not match the task")
        }
        self.features = features
        self.targets = targets
        self.featureNames = featureNames
        self.task = task
    }

    /// Unchecked, for parts derived from an already valid dataset.
    init(unchecked features: Matrix, targets: Targets, featureNames: [String], task: DatasetTask) {
        self.features = features
        self.targets = targets
        self.featureNames = featureNames
        self.task = task
    }

    /// The number of samples.
    public var count: Int { features.rows }

    /// The rows at `indices`, in that order.
    public func subset(_ indices: [Int]) -> Dataset {
        let columns = features.columns
        var gathered = [Float]()
        gathered.reserveCapacity(indices.count * columns)
        for row in indices {
            gathered.append(contentsOf: features.storage[(row * columns)..<((row + 1) * columns)])
        }
        let part = Matrix(rows: indices.count, columns: columns, storage: gathered)
        return Dataset(
            unchecked: part, targets: targets.gathered(indices), featureNames: featureNames, task: task)
    }

    /// Replaces the features by a matrix of the same shape (e.g. standardised).
    mutating func replaceFeatures(_ matrix: Matrix) {
        features = matrix
    }
}

extension Targets {
    /// The number of samples these targets describe.
    public var count: Int {
        switch self {
        case .classes(let labels): labels.count
        case .values(let values): values.rows
        }
    }

    /// The targets at `indices`, in that order.
    func gathered(_ indices: [Int]) -> Targets {
        switch self {
        case .classes(let labels):
            return .classes(indices.map { labels[$0] })
        case .values(let values):
            let columns = values.columns
            var gathered = [Float]()
            gathered.reserveCapacity(indices.count * columns)
            for row in indices {
                gathered.append(contentsOf: values.storage[(row * columns)..<((row + 1) * columns)])
            }
            return .values(Matrix(rows: indices.count, columns: columns, storage: gathered))
        }
    }
}
